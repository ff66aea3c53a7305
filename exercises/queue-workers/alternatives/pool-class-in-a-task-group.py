import asyncio


class Pool:
    def __init__(self, handle, size):
        self.handle, self.size = handle, size
        self.queue = asyncio.Queue()
        self.results = {}

    async def work(self):
        while True:
            item = await self.queue.get()
            try:
                self.results[item] = await self.handle(item)
            finally:
                self.queue.task_done()

    async def run(self, items):
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(self.work()) for _ in range(self.size)]
            for item in items:
                self.queue.put_nowait(item)
            await self.queue.join()
            for task in tasks:
                task.cancel()
        return self.results


async def process_all(items, handle, workers):
    return await Pool(handle, workers).run(items)
