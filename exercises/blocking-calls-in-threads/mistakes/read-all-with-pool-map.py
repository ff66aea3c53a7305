# feedback: pool.map(read_file, paths) on line
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(read_file, paths))


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [loop.run_in_executor(pool, hash_fn, item) for item in items]
        return list(await asyncio.gather(*futures))
