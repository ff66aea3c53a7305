import asyncio


async def brew(drink, seconds):
    loop = asyncio.get_running_loop()
    machine = loop.create_future()
    loop.call_later(seconds, machine.set_result, f"{drink} is ready")
    return await machine


async def brew_all(orders):
    return await asyncio.gather(*[brew(drink, seconds) for drink, seconds in orders])
