# feedback: it waited for workers that never stop
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}
    for item in items:
        queue.put_nowait(item)

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)
            queue.task_done()

    await asyncio.gather(*[worker() for _ in range(workers)])
    return results
