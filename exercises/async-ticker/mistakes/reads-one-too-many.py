# feedback: stop reading after the third item
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
        if len(items) == n:
            break
        items.append(item)
    await agen.aclose()
    return items
