import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            if item is None:
                break
            results[item] = await handle(item)

    async with asyncio.TaskGroup() as tg:
        for _ in range(workers):
            tg.create_task(worker())
        for item in items:
            queue.put_nowait(item)
        for _ in range(workers):
            queue.put_nowait(None)
    return results
