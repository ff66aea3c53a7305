# feedback: hands aclose() to a task
import asyncio
import itertools


async def ticker(interval, count=None):
    ticks = itertools.count() if count is None else range(count)
    for tick in ticks:
        await asyncio.sleep(interval)
        yield tick


async def take(agen, n):
    items = []
    if n:
        async for item in agen:
            items.append(item)
            if len(items) == n:
                break
    asyncio.create_task(agen.aclose())
    return items
