import asyncio


async def fetch_all(fetch, urls):
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    pages = [None] * len(urls)

    async def worker():
        while not queue.empty():
            i, url = queue.get_nowait()
            pages[i] = await fetch(url)

    await asyncio.gather(*(worker() for _ in urls))
    return pages
