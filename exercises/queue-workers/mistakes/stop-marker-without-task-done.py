# feedback: stop markers included
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            if item is None:
                return  # stop marker
            results[item] = await handle(item)
            queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    for _ in range(workers):
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*tasks)
    return results
