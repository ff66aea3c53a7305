import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    results = [None] * len(paths)

    async def read_one(index, path):
        results[index] = await asyncio.to_thread(read_file, path)

    await asyncio.gather(*(read_one(i, p) for i, p in enumerate(paths)))
    return results


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(workers, thread_name_prefix="hash") as executor:
        calls = [functools.partial(hash_fn, item) for item in items]
        print(f"hashing {len(calls)} items on {workers} threads")
        return await asyncio.gather(*[loop.run_in_executor(executor, call) for call in calls])
