import asyncio
from concurrent.futures import ThreadPoolExecutor


class Hasher:
    def __init__(self, hash_fn, workers):
        self.hash_fn = hash_fn
        self.pool = ThreadPoolExecutor(max_workers=workers)

    async def run(self, items):
        loop = asyncio.get_running_loop()
        try:
            futures = [loop.run_in_executor(self.pool, self.hash_fn, item) for item in items]
            done, _ = await asyncio.wait(futures) if futures else (set(), set())
            return [f.result() for f in futures]
        finally:
            self.pool.shutdown(wait=False)


async def read_all(read_file, paths):
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for path in paths:
            tasks.append(tg.create_task(asyncio.to_thread(read_file, path)))
    return [task.result() for task in tasks]


async def hash_all(hash_fn, items, workers):
    return await Hasher(hash_fn, workers).run(items)
