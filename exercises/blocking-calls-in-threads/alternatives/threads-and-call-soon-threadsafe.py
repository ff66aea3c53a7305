import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


async def read_all(read_file, paths):
    loop = asyncio.get_running_loop()
    futures = []
    for path in paths:
        future = loop.create_future()

        def work(path=path, future=future):
            text = read_file(path)
            loop.call_soon_threadsafe(future.set_result, text)

        threading.Thread(target=work).start()
        futures.append(future)
    return [await f for f in futures]


async def hash_all(hash_fn, items, workers):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(await asyncio.gather(*[loop.run_in_executor(pool, hash_fn, i) for i in items]))
