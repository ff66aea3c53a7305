import asyncio


async def greet(name, delay):
    async with asyncio.timeout(delay + 10):
        await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    results = []
    for name, delay in [("Ada", 1.0), ("Grace", 2.0)]:
        task = asyncio.create_task(greet(name, delay))
        results.append(await task)
    return results
