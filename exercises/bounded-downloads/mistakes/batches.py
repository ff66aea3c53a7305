# feedback: waiting for a whole batch to finish leaves slots idle
import asyncio


async def download_all(fetch, urls, limit):
    results = []
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        results.extend(await asyncio.gather(*(fetch(url) for url in batch)))
    return results
