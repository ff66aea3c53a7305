# feedback: The ticks are numbered from 0
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count(1) if count is None else range(1, count + 1)
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
