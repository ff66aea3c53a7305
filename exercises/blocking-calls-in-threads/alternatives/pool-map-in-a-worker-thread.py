# pool.map blocks until every result is in, so it runs in a worker thread of its own; run_in_executor with the
# default executor stands in for to_thread.
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    loop = asyncio.get_event_loop()
    pending = [loop.run_in_executor(None, read_file, path) for path in paths]
    return [await future for future in pending]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return await loop.run_in_executor(None, lambda: list(pool.map(hash_fn, items)))
