# feedback: an async generator
import asyncio


async def ticker(interval, count=None):
    ticks = []
    for tick in range(count):
        await asyncio.sleep(interval)
        ticks.append(tick)
    return ticks


async def take(agen, n):
    items = []
    try:
        async for item in agen:
            items.append(item)
            if len(items) == n:
                break
    finally:
        await agen.aclose()
    return items
