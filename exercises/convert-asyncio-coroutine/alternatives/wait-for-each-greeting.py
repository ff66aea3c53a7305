import asyncio


async def greet(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both() -> list:
    first = await asyncio.wait_for(greet("Ada", 1), timeout=10)
    second = await asyncio.wait_for(greet("Grace", 2), timeout=10)
    return [first, second]
