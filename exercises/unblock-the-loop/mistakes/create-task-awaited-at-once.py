# feedback: must start them all before it awaits any
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    messages = []
    for drink, seconds in orders:
        task = asyncio.create_task(brew(drink, seconds))
        messages.append(await task)
    return messages
