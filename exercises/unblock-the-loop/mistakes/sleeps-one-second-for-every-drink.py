# feedback: It must wait the drink's seconds
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(1)
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
