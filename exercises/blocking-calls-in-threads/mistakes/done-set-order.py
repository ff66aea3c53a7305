# feedback: asyncio.wait's set of done tasks
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    if not paths:
        return []
    done, _ = await asyncio.wait([asyncio.create_task(asyncio.to_thread(read_file, p)) for p in paths])
    return [task.result() for task in done]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [loop.run_in_executor(pool, hash_fn, item) for item in items]
        return list(await asyncio.gather(*futures))
