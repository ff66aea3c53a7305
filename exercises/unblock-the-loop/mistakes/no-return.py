# feedback: a coroutine that ends without return gives None
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)  # waiting for the machine
    message = drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
