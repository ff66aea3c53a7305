import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    stop = asyncio.Event()
    results = {}

    async def worker(n):
        while True:
            getter = asyncio.ensure_future(queue.get())
            stopper = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                stopper.cancel()
                item = getter.result()
                try:
                    results[item] = await handle(item)
                finally:
                    queue.task_done()
            else:
                getter.cancel()
                await asyncio.gather(getter, return_exceptions=True)
                return

    tasks = [asyncio.create_task(worker(n)) for n in range(workers)]
    for item in items:
        await queue.put(item)
    await queue.join()
    stop.set()
    await asyncio.wait(tasks)
    return results
