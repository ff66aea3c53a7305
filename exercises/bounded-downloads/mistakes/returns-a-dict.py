# feedback: returned a dict
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)
    pages = {}

    async def polite(url):
        async with slots:
            pages[url] = await fetch(url)

    await asyncio.gather(*(polite(url) for url in urls))
    return pages
