# feedback: a time limit (asyncio.wait_for(..., timeout=...) or asyncio.timeout) cut the wait short
import asyncio


async def brew(drink, seconds):
    await asyncio.wait_for(asyncio.sleep(seconds), timeout=2)
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
