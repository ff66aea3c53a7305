import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, seconds)
    return f"{drink} is ready"


async def brew_all(orders):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(brew(drink, seconds)) for drink, seconds in orders]
    return [task.result() for task in tasks]
