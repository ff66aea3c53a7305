import asyncio


async def greet(name, delay):
    done = asyncio.Event()
    asyncio.get_running_loop().call_later(delay, done.set)
    await done.wait()
    return "Hello, " + name + "!"


async def greet_both():
    return [await greet("Ada", 1), await greet("Grace", 2)]
