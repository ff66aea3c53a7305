# feedback: tasks, not greetings
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = asyncio.ensure_future(greet("Ada", 1))
    second = asyncio.ensure_future(greet("Grace", 2))
    return [first, second]
