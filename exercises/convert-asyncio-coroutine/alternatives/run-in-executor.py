import asyncio
import time


async def greet(name, delay):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, delay)
    return "Hello, " + name + "!"


async def greet_both():
    return [await greet("Ada", 1), await greet("Grace", 2)]
