import asyncio


class Stop:
    """The stop marker: one per worker, put after the items."""


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            try:
                if isinstance(item, Stop):
                    return
                results[item] = await handle(item)
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    for _ in range(workers):
        await queue.put(Stop())
    await queue.join()
    await asyncio.gather(*tasks)
    return results
