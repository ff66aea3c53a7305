import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    async def numbered(i, drink, seconds):
        return i, await brew(drink, seconds)

    finished = []
    for next_one in asyncio.as_completed([numbered(i, *order) for i, order in enumerate(orders)]):
        finished.append(await next_one)
    return [message for _, message in sorted(finished)]
