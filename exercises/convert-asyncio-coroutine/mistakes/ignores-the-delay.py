# feedback: (the delay it is given)
import asyncio


async def greet(name, delay):
    await asyncio.sleep(1.5)
    return "Hello, " + name + "!"


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [first, second]
