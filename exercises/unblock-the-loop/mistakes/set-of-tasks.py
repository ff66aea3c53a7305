# feedback: a set or a dict of tasks has an order of its own
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    tasks = {asyncio.create_task(brew(d, s)) for d, s in orders}
    await asyncio.wait(tasks)
    return [t.result() for t in tasks]
