import asyncio
import concurrent.futures


async def read_all(read_file, paths):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(asyncio.to_thread(read_file, p)) for p in paths]
    return [t.result() for t in tasks]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
    try:
        results = []
        pending = [loop.run_in_executor(pool, hash_fn, item) for item in items]
        for future in pending:
            results.append(await future)  # all started already: awaiting in turn only collects
        return results
    finally:
        pool.shutdown(wait=True)
