# feedback: the pool they ran in had max_workers=
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor() as pool:
        futures = [loop.run_in_executor(pool, hash_fn, item) for item in items]
        return list(await asyncio.gather(*futures))
