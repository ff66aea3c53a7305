import asyncio


async def brew(drink: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{drink} is ready"


async def brew_all(orders):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(brew(drink, seconds)) for drink, seconds in orders]
    return [task.result() for task in tasks]
