# feedback: one more than the limit
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit + 1)

    async def polite(url):
        async with slots:
            return await fetch(url)

    return list(await asyncio.gather(*(polite(url) for url in urls)))
