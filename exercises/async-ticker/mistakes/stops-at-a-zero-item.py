# feedback: 0 (like None) is an item too
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    try:
        while len(items) < n and (item := await anext(agen, None)):
            items.append(item)
    finally:
        await agen.aclose()
    return items
