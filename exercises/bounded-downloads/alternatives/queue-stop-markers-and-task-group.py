import asyncio

DONE = object()


async def download_all(fetch, urls, limit):
    queue = asyncio.Queue()
    for job in enumerate(urls):
        queue.put_nowait(job)
    for _ in range(limit):
        queue.put_nowait(DONE)
    pages = {}

    async def worker():
        while (job := await queue.get()) is not DONE:
            index, url = job
            pages[index] = await fetch(url)

    async with asyncio.TaskGroup() as group:
        for _ in range(limit):
            group.create_task(worker())
    return [pages[index] for index in range(len(urls))]
