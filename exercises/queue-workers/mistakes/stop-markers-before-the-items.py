# feedback: put the stop markers after all the items
import asyncio

STOP = object()


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while (item := await queue.get()) is not STOP:
            results[item] = await handle(item)

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for _ in range(workers):
        await queue.put(STOP)
    for item in items:
        await queue.put(item)
    await asyncio.gather(*tasks)
    return results
