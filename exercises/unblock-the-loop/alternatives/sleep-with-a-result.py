import asyncio


async def brew(drink: str, seconds: float) -> str:
    return await asyncio.sleep(seconds, result=f"{drink} is ready")


async def brew_all(orders):
    return list(await asyncio.gather(*[brew(*order) for order in orders]))
