# feedback: an async def without a return gives None
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            return await fetch(url)

    pages = await asyncio.gather(*(polite(url) for url in urls))
