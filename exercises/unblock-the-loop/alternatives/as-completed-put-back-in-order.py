import asyncio
import time


async def brew(drink, seconds):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, seconds)
    return drink + " is ready"


async def brew_all(orders):
    async def numbered(i, drink, seconds):
        return i, await brew(drink, seconds)

    messages = [None] * len(orders)
    for finished in asyncio.as_completed([numbered(i, d, s) for i, (d, s) in enumerate(orders)]):
        i, message = await finished
        print("done:", message)
        messages[i] = message
    return messages
