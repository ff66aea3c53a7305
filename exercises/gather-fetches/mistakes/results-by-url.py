# feedback: one result per entry of urls
import asyncio


async def fetch_all(fetch, urls):
    pages = {}

    async def one(url):
        pages[url] = await fetch(url)

    await asyncio.gather(*(one(url) for url in urls))
    return [pages[url] for url in dict.fromkeys(urls)]
