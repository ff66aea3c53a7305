import asyncio
import functools
import time


async def brew(drink: str, seconds: float) -> str:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, functools.partial(time.sleep, seconds))
    return drink + " is ready"


async def brew_all(orders: list) -> list[str]:
    if not orders:
        return []
    tasks = [asyncio.create_task(brew(d, s)) for d, s in orders]
    await asyncio.wait(tasks)
    return [t.result() for t in tasks]
