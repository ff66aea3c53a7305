# feedback: Start exactly range(workers) worker tasks
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        item = await queue.get()
        results[item] = await handle(item)
        queue.task_done()

    for item in items:
        await queue.put(item)
    tasks = [asyncio.create_task(worker()) for _ in items]
    await queue.join()
    await asyncio.gather(*tasks)
    return results
