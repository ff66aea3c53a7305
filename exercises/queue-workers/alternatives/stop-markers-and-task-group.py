import asyncio

STOP = object()  # put once per worker after the items: no item can be it


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while (item := await queue.get()) is not STOP:
            results[item] = await handle(item)

    async with asyncio.TaskGroup() as group:
        for _ in range(workers):
            group.create_task(worker())
        for item in items:
            await queue.put(item)
        for _ in range(workers):
            await queue.put(STOP)
    return results  # the TaskGroup waited until every worker had stopped
