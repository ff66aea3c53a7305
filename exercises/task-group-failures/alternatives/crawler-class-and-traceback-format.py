import asyncio
import traceback


class Crawler:
    def __init__(self, fetch):
        self.fetch = fetch
        self.errors: list[str] = []

    async def all_or_nothing(self, urls):
        try:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(self.fetch(u)) for u in urls]
        except* ValueError as eg:
            self.errors = sorted(str(e) for e in eg.exceptions)
        if self.errors:
            return ("failed", self.errors)
        return [t.result() for t in tasks]

    async def best_effort(self, urls):
        outcomes = await asyncio.gather(*map(self.fetch, urls), return_exceptions=True)
        return [traceback.format_exception_only(o)[-1].strip() if isinstance(o, Exception) else o
                for o in outcomes]


async def fetch_all(fetch, urls):
    return await Crawler(fetch).all_or_nothing(urls)


async def fetch_each(fetch, urls):
    return await Crawler(fetch).best_effort(urls)
