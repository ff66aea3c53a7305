# feedback: brew_all returned before every drink was ready
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    for drink, seconds in orders:
        task = asyncio.create_task(brew(drink, seconds))
    return [await task]
