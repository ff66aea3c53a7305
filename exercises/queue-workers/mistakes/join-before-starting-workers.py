# feedback: no worker was running to take the items
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            try:
                results[item] = await handle(item)
            finally:
                queue.task_done()

    for item in items:
        await queue.put(item)
    await queue.join()
    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for task in tasks:
        task.cancel()
    return results
