# feedback: coroutine 'to_thread' was never awaited
import asyncio
import time


async def brew(drink, seconds):
    asyncio.to_thread(time.sleep, seconds)  # waiting for the machine
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
