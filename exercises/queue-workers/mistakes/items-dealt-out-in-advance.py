# feedback: a worker sat idle while items were still waiting
import asyncio


async def process_all(items, handle, workers):
    results = {}
    queue = asyncio.Queue()

    async def worker(mine):
        for item in mine:
            results[item] = await handle(item)

    await asyncio.gather(*(worker(items[n::workers]) for n in range(workers)))
    return results
