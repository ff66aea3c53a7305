# The whole pool lives in one worker thread: created, mapped over and shut down there, so the loop only awaits
# that one thread.
import asyncio
from concurrent.futures import ThreadPoolExecutor


def _in_a_pool(fn, items, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, items))


async def read_all(read_file, paths):
    return await asyncio.to_thread(_in_a_pool, read_file, paths, len(paths) or 1)


async def hash_all(hash_fn, items, workers):
    return await asyncio.to_thread(_in_a_pool, hash_fn, items, workers)
