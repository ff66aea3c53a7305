import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    greetings = []
    for name, delay in [("Ada", 1), ("Grace", 2)]:
        done, _ = await asyncio.wait({asyncio.create_task(greet(name, delay))})
        greetings.append(done.pop().result())
    return greetings
