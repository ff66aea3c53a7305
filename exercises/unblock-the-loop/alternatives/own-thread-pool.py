import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def machine(drink, seconds):
    time.sleep(seconds)
    return drink + " is ready"


async def brew(drink, seconds):
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return await loop.run_in_executor(pool, machine, drink, seconds)


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
