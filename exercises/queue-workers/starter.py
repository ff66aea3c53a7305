import asyncio


async def process_all(items, handle, workers):
    """Handle every item with `workers` concurrent workers fed by a queue; return {item: result}."""
    queue = asyncio.Queue()
    results = {}

    async def worker():
        while True:
            item = await queue.get()
            ...  # handle the item, store the result, mark it done

    ...  # start the workers, feed the queue, wait for it, stop the workers
    return results
