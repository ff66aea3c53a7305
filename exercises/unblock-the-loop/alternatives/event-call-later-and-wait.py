import asyncio


async def brew(drink, seconds):
    ready = asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, ready.set)
    await ready.wait()
    return drink + " is ready"


async def brew_all(orders):
    tasks = [asyncio.ensure_future(brew(drink, seconds)) for drink, seconds in orders]
    if tasks:
        await asyncio.wait(tasks)
    return [t.result() for t in tasks]
