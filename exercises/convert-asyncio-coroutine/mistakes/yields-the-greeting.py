# feedback: a yield inside it makes calling it give an async generator
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    yield "Hello, " + name + "!"


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [first, second]
