# feedback: define it with async def
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


def greet_both():
    first = yield from greet("Ada", 1)
    second = yield from greet("Grace", 2)
    return [first, second]
