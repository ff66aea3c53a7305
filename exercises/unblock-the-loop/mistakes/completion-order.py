# feedback: in the order the drinks finished
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)  # waiting for the machine
    return drink + " is ready"


async def brew_all(orders):
    return [await done for done in asyncio.as_completed([brew(drink, seconds) for drink, seconds in orders])]
