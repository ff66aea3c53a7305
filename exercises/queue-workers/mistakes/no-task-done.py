# feedback: queue.task_done()
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    await queue.join()
    for task in tasks:
        task.cancel()
    return results
