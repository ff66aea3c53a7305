# feedback: The two greetings ran at the same time
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    first = asyncio.create_task(greet("Ada", 1))
    second = asyncio.create_task(greet("Grace", 2))
    return [await first, await second]
