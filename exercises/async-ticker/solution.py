import asyncio
import itertools


async def ticker(interval, count=None):
    """Wait `interval`, yield 0, wait, yield 1, ... (`count` ticks, or forever)."""
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    """The first n items of the async iterator `agen`, closing it afterwards."""
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
