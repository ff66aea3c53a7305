import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    if not paths:
        return []
    tasks = [asyncio.create_task(asyncio.to_thread(read_file, p), name=p) for p in paths]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    assert not pending
    return [t.result() for t in tasks]


async def hash_all(hash_fn, items, workers):
    if not items:
        return []
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hasher") as pool:
        futures = [loop.run_in_executor(pool, hash_fn, item) for item in items]
        await asyncio.wait(futures)
    return [f.result() for f in futures]
