# feedback: put await in front of each greet(...) call
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = greet("Ada", 1)
    second = greet("Grace", 2)
    return [first, second]
