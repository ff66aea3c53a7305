# feedback: f.result() on line
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def hash_all(hash_fn, items, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(hash_fn, item) for item in items]
        return [f.result() for f in futures]
