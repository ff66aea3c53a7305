# feedback: Pass the function and its arguments separately
import asyncio
import time


async def brew(drink, seconds):
    await asyncio.to_thread(time.sleep(seconds))
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
