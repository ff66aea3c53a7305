# feedback: fewer than 3 workers were taking items
import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)
            queue.task_done()

    tasks = []
    for i in range(1, workers):
        tasks.append(asyncio.create_task(worker()))
    for item in items:
        await queue.put(item)
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results
