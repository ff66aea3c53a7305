# feedback: time.sleep is an ordinary function
import asyncio
import time


async def brew(drink, seconds):
    await time.sleep(seconds)  # waiting for the machine
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
