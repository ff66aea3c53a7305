# feedback: a dict (or set) keyed by drink keeps one entry per drink
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    tasks = {drink: asyncio.create_task(brew(drink, seconds)) for drink, seconds in orders}
    return [await task for task in tasks.values()]
