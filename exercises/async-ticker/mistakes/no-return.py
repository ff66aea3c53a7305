# feedback: a coroutine that ends without return gives None
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
        if n > 0:
            async for item in agen:
                items.append(item)
                if len(items) == n:
                    break
    finally:
        await agen.aclose()
