# feedback: the right pages in another order
import asyncio


async def download_all(fetch, urls, limit):
    queue = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    results = []

    async def worker():
        while not queue.empty():
            url = queue.get_nowait()
            results.append(await fetch(url))

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results
