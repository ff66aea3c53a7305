# feedback: give it its own stop marker
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

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    for _ in range(workers - 1):
        await queue.put(None)
    await asyncio.gather(*tasks)
    return results
