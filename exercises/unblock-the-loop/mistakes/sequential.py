# feedback: one after another
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)  # waiting for the machine
    return drink + " is ready"


async def brew_all(orders):
    return [await brew(drink, seconds) for drink, seconds in orders]
