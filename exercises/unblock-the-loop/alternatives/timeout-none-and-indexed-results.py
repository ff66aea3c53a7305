import asyncio


async def brew(drink, seconds):
    async with asyncio.timeout(None):
        await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    messages = {}

    async def one(index, drink, seconds):
        messages[index] = await brew(drink, seconds)

    async with asyncio.TaskGroup() as group:
        for index, (drink, seconds) in enumerate(orders):
            group.create_task(one(index, drink, seconds))
    return [messages[i] for i in range(len(orders))]
