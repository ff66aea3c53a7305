# feedback: in the other order
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [second, first]
