import asyncio
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable


@dataclass
class WorkQueue:
    handle: Callable[[str], Awaitable[Any]]
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)
    results: dict = field(default_factory=dict)

    async def work(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                self.results[item] = await self.handle(item)
            finally:
                self.queue.task_done()


async def process_all(items: list[str], handle, workers: int) -> dict:
    pool = WorkQueue(handle)
    tasks = [asyncio.create_task(pool.work(), name=f"worker {n}") for n in range(workers)]
    for item in items:
        pool.queue.put_nowait(item)
    await pool.queue.join()
    for task in tasks:
        task.cancel()
    for task in tasks:
        try:
            await task
        except asyncio.CancelledError:
            pass
    return pool.results
