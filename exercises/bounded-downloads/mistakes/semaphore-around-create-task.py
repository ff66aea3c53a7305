# feedback: only creates the coroutine
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            task = asyncio.create_task(fetch(url))
        return await task

    return list(await asyncio.gather(*(polite(url) for url in urls)))
