import asyncio
from itertools import count as counting


async def aenumerate(agen, start=0):
    index = start
    async for item in agen:
        yield index, item
        index += 1


async def ticker(interval: float, count: int | None = None):
    for tick in counting() if count is None else range(count):
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n: int) -> list:
    items: list = []
    if n == 0:
        await agen.aclose()
        return items
    numbered = aenumerate(agen, 1)
    try:
        async for position, item in numbered:
            items.append(item)
            if position == n:
                break
    finally:
        await numbered.aclose()
        await agen.aclose()
    return items
