import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    results = {}

    async def read(i, path):
        results[i] = await asyncio.to_thread(read_file, path)

    await asyncio.gather(*[read(i, p) for i, p in enumerate(paths)])
    return [results[i] for i in sorted(results)]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    gate = asyncio.Semaphore(workers)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        async def one(item):
            async with gate:
                return await loop.run_in_executor(pool, functools.partial(hash_fn, item))
        return await asyncio.gather(*map(one, items))
