import asyncio


async def process_all(items, handle, workers):
    queue = asyncio.Queue()
    results = {}

    async def produce():
        for item in items:
            await queue.put(item)
            print("put", repr(item))

    async def consume(name):
        while True:
            item = await queue.get()
            print(name, "took", repr(item))
            try:
                results[item] = await handle(item)
            finally:
                queue.task_done()

    consumers = [asyncio.create_task(consume(f"worker-{n}")) for n in range(workers)]
    await asyncio.create_task(produce())
    await queue.join()
    print("all done, stopping", len(consumers), "workers")
    for consumer in consumers:
        consumer.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    return results
