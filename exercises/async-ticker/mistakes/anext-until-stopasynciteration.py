# feedback: raises it once the source has no more items
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    for _ in range(n):
        items.append(await anext(agen))
    await agen.aclose()
    return items
