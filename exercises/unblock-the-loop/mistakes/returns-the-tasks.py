# feedback: brew_all returned the Task objects, not the messages
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    tasks = [asyncio.create_task(brew(drink, seconds)) for drink, seconds in orders]
    await asyncio.wait(tasks)
    return tasks
