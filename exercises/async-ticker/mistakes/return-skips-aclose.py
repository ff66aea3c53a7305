# feedback: Breaking out of async for does not close
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    if n:
        async for item in agen:
            items.append(item)
            if len(items) == n:
                return items
    await agen.aclose()
    return items
