import asyncio


async def download_all(fetch, urls, limit):
    queue: asyncio.Queue = asyncio.Queue()
    for index, url in enumerate(urls):
        queue.put_nowait((index, url))
    results = [None] * len(urls)

    async def worker():
        while True:
            try:
                index, url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await fetch(url)

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
