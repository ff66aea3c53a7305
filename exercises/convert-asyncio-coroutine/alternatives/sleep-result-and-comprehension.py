import asyncio

GUESTS = [("Ada", 1), ("Grace", 2)]


async def greet(name, delay):
    return await asyncio.sleep(delay, f"Hello, {name}!")  # sleep hands back its second argument


async def greet_both():
    return [await greet(name, delay) for name, delay in GUESTS]
