import asyncio
import itertools
from typing import Awaitable, Callable


async def worker(log: list[str]) -> None:
    for n in itertools.count(1):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as error:
            print(f"worker cancelled before step {n}")
            log.append("cleanup")
            raise error
        log.append(f"step {n}")


async def stop_after(seconds: float, log: list[str]) -> bool:
    task = asyncio.create_task(worker(log), name="worker")
    await asyncio.sleep(seconds)
    print("cancelling", task.get_name())
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("worker ended with", results)
    return task.cancelled()


async def save_shielded(save: Callable[[str], Awaitable[str]], data: str, timeout: float) -> str:
    loop = asyncio.get_running_loop()
    saving = asyncio.ensure_future(save(data))
    try:
        async with asyncio.timeout_at(loop.time() + timeout):
            receipt = await asyncio.shield(saving)
    except TimeoutError:
        print("the save goes on in the background")
        return "still saving"
    return receipt
