# feedback: stop reading after the third item
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    try:
        return [item async for item in agen][:n]
    finally:
        await agen.aclose()
