import asyncio


async def brew(drink, seconds):
    print("brewing", drink)
    await asyncio.wait_for(asyncio.sleep(seconds), timeout=seconds + 1)
    print(drink, "done")
    return drink + " is ready"


async def brew_all(orders):
    return list(await asyncio.gather(*map(lambda order: brew(*order), orders)))
