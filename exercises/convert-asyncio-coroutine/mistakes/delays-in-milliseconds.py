# feedback: check the names and delays
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay / 1000)
    return "Hello, " + name + "!"


async def greet_both():
    return [await greet("Ada", 1000), await greet("Grace", 2000)]
