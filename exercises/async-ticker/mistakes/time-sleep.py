# feedback: not time.sleep
import asyncio
import itertools
import time


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        time.sleep(interval)
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
