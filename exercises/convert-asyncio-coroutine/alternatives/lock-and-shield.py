import asyncio

async def greet(name, delay):
    await asyncio.shield(asyncio.sleep(delay))
    return "Hello, " + name + "!"


async def greet_both():
    lock = asyncio.Lock()
    out = []
    for who, wait in (("Ada", 1), ("Grace", 2)):
        async with lock:
            out.append(await greet(who, wait))
    return out
