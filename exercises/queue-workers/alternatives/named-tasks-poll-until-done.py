import asyncio


async def process_all(items, handle, workers):
    q = asyncio.Queue()
    for item in items:
        q.put_nowait(item)
    out = {}

    async def work():
        while True:
            it = await q.get()
            out[it] = await handle(it)
            q.task_done()

    pool = [asyncio.create_task(work(), name=f"worker-{i}") for i in range(workers)]
    await q.join()
    for t in pool:
        t.cancel()
    while not all(t.done() for t in pool):
        await asyncio.sleep(0)
    return out
