# feedback: already runs inside one
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = asyncio.run(greet("Ada", 1))
    second = asyncio.run(greet("Grace", 2))
    return [first, second]
