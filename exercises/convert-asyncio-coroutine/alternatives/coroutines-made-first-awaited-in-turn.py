import asyncio


async def greet(name: str, delay: float) -> str:
    """Wait, then greet."""
    await asyncio.sleep(delay)
    return f"Hello, {name}!"


async def greet_both() -> list[str]:
    # Creating a coroutine starts nothing: each one runs only when it is awaited, so this is still sequential.
    first = greet("Ada", 1)
    second = greet("Grace", 2)
    return [await first, await second]
