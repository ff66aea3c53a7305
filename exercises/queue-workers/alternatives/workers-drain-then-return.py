import asyncio


async def process_all(items, handle, workers: int) -> dict:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    results = {}

    async def worker(number: int) -> None:
        while True:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return  # nothing left: this worker stops by itself
            results[item] = await handle(item)
            print(f"worker {number} handled {item!r}")

    await asyncio.gather(*(worker(number) for number in range(workers)))
    return results
