# feedback: used again, on another event loop
import asyncio

slots = None


async def download_all(fetch, urls, limit):
    global slots
    if slots is None:
        slots = asyncio.Semaphore(2)

    async def polite(url):
        async with slots:
            return await fetch(url)

    return list(await asyncio.gather(*(polite(url) for url in urls)))
