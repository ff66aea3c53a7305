import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    results = [None] * len(paths)

    async def indexed(i, p):
        return i, await asyncio.to_thread(read_file, p)

    for next_done in asyncio.as_completed([indexed(i, p) for i, p in enumerate(paths)]):
        i, text = await next_done
        results[i] = text
    return results


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        return await asyncio.gather(*[loop.run_in_executor(pool, hash_fn, x) for x in items])
    finally:
        pool.shutdown()
