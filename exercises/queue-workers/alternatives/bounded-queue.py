import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue(maxsize=workers)   # back-pressure: the producer waits when it is full
    results = {}

    async def producer():
        for item in items:
            await queue.put(item)

    async def worker(n):
        while True:
            item = await queue.get()
            try:
                results[item] = await handle(item)
            finally:
                queue.task_done()

    consumers = [asyncio.create_task(worker(n)) for n in range(workers)]
    await producer()
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.wait(consumers) if consumers else None
    return results
