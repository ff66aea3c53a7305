import asyncio
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    async def one(path):
        text = await asyncio.to_thread(read_file, path)
        print("read", path)
        return text
    return await asyncio.gather(*map(one, paths))


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    results = {}
    with ThreadPoolExecutor(workers) as pool:
        async def one(i, item):
            results[i] = await loop.run_in_executor(pool, hash_fn, item)
        async with asyncio.TaskGroup() as tg:
            for i, item in enumerate(items):
                tg.create_task(one(i, item))
    return [results[i] for i in range(len(items))]
