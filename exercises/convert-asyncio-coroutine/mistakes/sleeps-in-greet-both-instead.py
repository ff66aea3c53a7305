# feedback: Ada's greeting took 0 seconds instead of its 1 second
import asyncio


async def greet(name, delay):
    return "Hello, " + name + "!"


async def greet_both():
    await asyncio.sleep(3)
    return [await greet("Ada", 1), await greet("Grace", 2)]
