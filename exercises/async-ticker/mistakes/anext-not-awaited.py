# feedback: only builds an awaitable, and the item comes out when you await it
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    while len(items) < n:
        items.append(anext(agen))
    await agen.aclose()
    return items
