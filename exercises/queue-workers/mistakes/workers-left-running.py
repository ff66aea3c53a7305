# feedback: cancel the workers
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)
            queue.task_done()

    for _ in range(workers):
        asyncio.create_task(worker())
    for item in items:
        await queue.put(item)
    await queue.join()
    return results
