# feedback: Inside async def, wait with await instead of yield from
import asyncio


async def greet(name, delay):
    yield from asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [first, second]
