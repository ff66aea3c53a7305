# feedback: add the parentheses
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = await greet
    second = await greet
    return [first, second]
