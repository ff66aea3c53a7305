import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    async def tagged(i, path):
        return i, await asyncio.to_thread(read_file, path)

    pairs = []
    for coro in asyncio.as_completed([tagged(i, p) for i, p in enumerate(paths)]):
        pairs.append(await coro)
    pairs.sort()
    return [text for _, text in pairs]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(workers)
    futures = [loop.run_in_executor(pool, hash_fn, item) for item in items]
    try:
        results = []
        for f in futures:
            results.append(await f)
    finally:
        pool.shutdown()
    return results
