# feedback: brew returned before the machine was done
import asyncio
import threading
import time


async def brew(drink, seconds):
    threading.Thread(target=time.sleep, args=(seconds,)).start()
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
