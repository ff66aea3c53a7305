import asyncio

STOP = object()


async def process_all(items, handle, workers):
    queue: asyncio.Queue = asyncio.Queue()

    async def worker() -> dict:
        mine = {}
        while (item := await queue.get()) is not STOP:
            mine[item] = await handle(item)
        return mine

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    for item in items:
        queue.put_nowait(item)
    for _ in tasks:
        queue.put_nowait(STOP)
    merged = {}
    for part in await asyncio.gather(*tasks):
        merged.update(part)
    return merged
