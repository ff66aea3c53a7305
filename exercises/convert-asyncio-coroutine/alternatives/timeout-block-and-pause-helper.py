import asyncio


async def pause(seconds):
    print("pausing", seconds)
    await asyncio.sleep(seconds)


async def greet(name, delay):
    await pause(delay)
    return f"Hello, {name}!"


async def greet_both():
    async with asyncio.timeout(100):
        first = await greet("Ada", 1)
        second = await greet("Grace", 2)
    return [first, second]
