# feedback: More than 2 calls ran at once
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def hash_all(hash_fn, items, workers):
    limit = asyncio.Semaphore(workers + 1)

    async def one(item):
        async with limit:
            return await asyncio.to_thread(hash_fn, item)

    return await asyncio.gather(*(one(i) for i in items))
