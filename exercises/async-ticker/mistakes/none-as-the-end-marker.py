# feedback: None (like 0 or "") is an item
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    while len(items) < n and (item := await anext(agen, None)) is not None:
        items.append(item)
    await agen.aclose()
    return items
