import asyncio
from contextlib import aclosing


async def ticker(interval, count=None):
    tick = 0
    while count is None or tick < count:
        await asyncio.sleep(interval)
        yield tick
        tick += 1


async def take(agen, n):
    items = []
    if n <= 0:
        await agen.aclose()
        return items
    async with aclosing(agen) as source:
        async for item in source:
            items.append(item)
            if len(items) >= n:
                break
    return items
