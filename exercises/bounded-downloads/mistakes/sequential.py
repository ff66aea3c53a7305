# feedback: only one fetch ran at a time
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)
    results = []
    for url in urls:
        async with slots:
            results.append(await fetch(url))
    return results
