import asyncio
import time


async def brew(drink, seconds):
    await asyncio.to_thread(time.sleep, seconds)  # the machine still blocks, but in a worker thread
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
