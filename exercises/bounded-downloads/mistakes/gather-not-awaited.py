# feedback: un-awaited asyncio.gather
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            return await fetch(url)

    return asyncio.gather(*(polite(url) for url in urls))
