import asyncio


class Search:
    def __init__(self, fetch, urls):
        self.fetch = fetch
        self.urls = list(urls)
        self.pages = [None] * len(self.urls)

    async def ask(self, index):
        self.pages[index] = await self.fetch(self.urls[index])

    async def run(self, deadline):
        try:
            async with asyncio.timeout(deadline):
                async with asyncio.TaskGroup() as group:
                    for index in range(len(self.urls)):
                        group.create_task(self.ask(index))
        except TimeoutError:
            print("time is up:", sum(page is not None for page in self.pages), "pages arrived")
        return self.pages


async def fetch_before(fetch, urls, deadline):
    return await Search(fetch, urls).run(deadline)
