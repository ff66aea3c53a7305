import asyncio


async def greet(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"Hello, {name}!"


async def greet_both() -> list[str]:
    greetings = []
    for name, delay in (("Ada", 1), ("Grace", 2)):
        greetings.append(await greet(name, delay))
    return greetings


if __name__ == "__main__":
    print(asyncio.run(greet_both()))
