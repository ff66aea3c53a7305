import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    got = []
    try:
        if n:
            async for index, item in _numbered(agen):
                got.append(item)
                if index + 1 >= n:
                    break
    finally:
        print("closing the source")
        await agen.aclose()
    return got


async def _numbered(agen):
    index = 0
    async for item in agen:
        yield index, item
        index += 1
