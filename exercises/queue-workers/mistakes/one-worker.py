# feedback: only one item was handled at a time
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}
    for item in items:
        await queue.put(item)
    while not queue.empty():
        item = await queue.get()
        results[item] = await handle(item)
    return results
