# feedback: ticker waited again after yielding 2
import asyncio
import itertools


async def ticker(interval, count=None):
    await asyncio.sleep(interval)
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        yield tick
        await asyncio.sleep(interval)


async def take(agen, n):
    items = []
    try:
        if n > 0:
            async for item in agen:
                items.append(item)
                if len(items) == n:
                    break
    finally:
        await agen.aclose()
    return items
