# feedback: pool.map(hash_fn, items) on line
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def hash_all(hash_fn, items, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(hash_fn, items))
