import asyncio
import concurrent.futures as cf


async def read_all(read_file, paths: list[str]) -> list[str]:
    if not paths:
        return []
    tasks = [asyncio.create_task(asyncio.to_thread(read_file, p)) for p in paths]
    await asyncio.wait(tasks)
    return [t.result() for t in tasks]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    executor = cf.ThreadPoolExecutor(max_workers=workers)
    with executor:
        futures = {}
        for index, item in enumerate(items):
            futures[index] = loop.run_in_executor(executor, hash_fn, item)
        done = {index: await future for index, future in futures.items()}
    return [done[i] for i in range(len(items))]
