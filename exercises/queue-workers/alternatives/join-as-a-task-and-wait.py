import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            results[item] = await handle(item)
            queue.task_done()

    pool = {asyncio.create_task(worker()) for _ in range(workers)}
    for item in items:
        queue.put_nowait(item)
    everything_done = asyncio.create_task(queue.join())
    await asyncio.wait({everything_done})
    for task in pool:
        task.cancel()
    done, still_running = await asyncio.wait(pool)
    assert not still_running
    return results
