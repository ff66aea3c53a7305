# feedback: brew_all returned the future that asyncio.gather(...) hands back
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    return asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
