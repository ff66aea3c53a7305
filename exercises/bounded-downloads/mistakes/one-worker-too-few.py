# feedback: or range(limit) workers
import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    waiting = list(enumerate(urls))

    async def worker():
        while waiting:
            index, url = waiting.pop()
            results[index] = await fetch(url)

    await asyncio.gather(*(worker() for _ in range(1, limit)))
    return results
