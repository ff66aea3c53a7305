# feedback: check the names and delays
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = await greet("Ada", 2)
    second = await greet("Grace", 1)
    return [first, second]
