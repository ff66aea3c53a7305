# feedback: only creates the coroutine
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)
    pending = []
    for url in urls:
        async with slots:
            pending.append(fetch(url))
    return list(await asyncio.gather(*pending))
