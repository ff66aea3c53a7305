import asyncio


async def guests():
    yield "Ada", 1
    yield "Grace", 2


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    return [await greet(name, delay) async for name, delay in guests()]
