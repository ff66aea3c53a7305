# feedback: A worker sat idle
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    results = []
    for start in range(0, len(items), workers):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            batch = [loop.run_in_executor(pool, hash_fn, item) for item in items[start:start + workers]]
            results += await asyncio.gather(*batch)
    return results
