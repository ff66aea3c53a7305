# feedback: a count of 0 means no ticks at all
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = range(count) if count else itertools.count()
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


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
