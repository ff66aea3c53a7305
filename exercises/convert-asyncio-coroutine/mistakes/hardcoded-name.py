# feedback: must use the name it is given
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, Ada!"


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [first, second]
