# feedback: a check like len(items) == n after each item never matches
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    async for item in agen:
        items.append(item)
        if len(items) == n:
            break
    await agen.aclose()
    return items
