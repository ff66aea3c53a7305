# feedback: shuts the pool down and waits for its thread, on the event loop
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


async def brew(drink, seconds):
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(time.sleep, seconds)
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
