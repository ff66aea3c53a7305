# feedback: waits for the thread right there, on the event loop's thread
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor()


async def brew(drink, seconds):
    pool.submit(time.sleep, seconds).result()
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
