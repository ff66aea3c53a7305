import asyncio


class Fetcher:
    def __init__(self, fetch):
        self.fetch = fetch

    async def one(self, url: str) -> str:
        print("fetching", url)
        return await self.fetch(url)

    async def all(self, urls):
        return [page for page in await asyncio.gather(*(self.one(u) for u in urls))]


async def fetch_all(fetch, urls):
    return await Fetcher(fetch).all(urls)
