# feedback: first in, first out (a LifoQueue
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.LifoQueue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)
            queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results
