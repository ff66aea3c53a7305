# feedback: one after the other
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    return list(await asyncio.gather(greet("Ada", 1), greet("Grace", 2)))
