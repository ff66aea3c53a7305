import asyncio
import time


async def greet(name: str, delay: float) -> str:
    # time.sleep in a worker thread waits without blocking the event loop
    await asyncio.to_thread(time.sleep, delay)
    return "Hello, " + name + "!"


async def greet_both() -> list[str]:
    first = await greet("Ada", 1)
    print(first)
    second = await greet("Grace", 2)
    print(second)
    return [first, second]
