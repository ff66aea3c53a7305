# feedback: the empty string is an item like any other
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while item := await queue.get():
            results[item] = await handle(item)

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        await queue.put(item)
    for _ in range(workers):
        await queue.put(None)
    await asyncio.gather(*tasks)
    return results
