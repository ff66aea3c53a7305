# feedback: waits for a thread with join()
import asyncio
import threading
import time


async def brew(drink, seconds):
    machine = threading.Thread(target=time.sleep, args=(seconds,))
    machine.start()
    machine.join()
    return drink + " is ready"


async def brew_all(orders):
    return await asyncio.gather(*(brew(drink, seconds) for drink, seconds in orders))
