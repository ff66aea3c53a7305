import asyncio


async def brew(drink, seconds):
    print(f"brewing {drink} for {seconds} s")
    await asyncio.sleep(seconds)
    return drink + " is ready"


async def brew_all(orders):
    brewing = [asyncio.create_task(brew(drink, seconds)) for drink, seconds in orders]
    return [await task for task in brewing]
