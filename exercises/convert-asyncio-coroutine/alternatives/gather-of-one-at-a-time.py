import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    (first,) = await asyncio.gather(greet("Ada", 1))
    (second,) = await asyncio.gather(greet("Grace", 2))
    return [first, second]
