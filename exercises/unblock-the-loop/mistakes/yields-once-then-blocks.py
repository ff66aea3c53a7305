# feedback: time.sleep(3) at 0 s blocked the event loop
import asyncio
import time


async def brew(drink, seconds):
    await asyncio.sleep(0)  # let the others start first
    time.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
