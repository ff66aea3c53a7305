import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    pairs = []

    async def worker():
        while True:
            item = await queue.get()
            try:
                pairs.append((item, await handle(item)))
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    try:
        for item in items:
            await queue.put(item)
        await queue.join()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return dict(pairs)
