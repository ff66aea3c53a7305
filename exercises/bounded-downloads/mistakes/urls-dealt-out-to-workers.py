# feedback: rather than giving urls to slots in advance
import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)

    async def worker(first):
        for index in range(first, len(urls), limit):
            results[index] = await fetch(urls[index])

    await asyncio.gather(*(worker(n) for n in range(limit)))
    return results
