# feedback: as soon as one finishes
import asyncio


async def download_all(fetch, urls, limit):
    results = []
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        results.extend(await asyncio.gather(*(fetch(url) for url in batch)))
    return results
