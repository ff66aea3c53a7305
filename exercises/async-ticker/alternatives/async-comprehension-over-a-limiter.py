import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count()
    if count is not None:
        ticks = itertools.islice(ticks, count)
    for tick in ticks:
        await asyncio.sleep(interval)
        print(f"tick {tick}")
        yield tick


async def _first(agen, n):
    """Yield at most n items of agen, pulling none beyond the n-th."""
    if n <= 0:
        return
    seen = 0
    async for item in agen:
        yield item
        seen += 1
        if seen >= n:
            return


async def take(agen, n):
    try:
        return [item async for item in _first(agen, n)]
    finally:
        print("closing", agen)
        await agen.aclose()
