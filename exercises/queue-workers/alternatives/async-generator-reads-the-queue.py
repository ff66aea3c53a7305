import asyncio

END = object()


async def take(queue):
    """Yield the items of the queue until the end marker."""
    while (item := await queue.get()) is not END:
        yield item


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        async for item in take(queue):
            results[item] = await handle(item)

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in [*items, *[END] * workers]:
        queue.put_nowait(item)
    await asyncio.wait(tasks)
    return results
