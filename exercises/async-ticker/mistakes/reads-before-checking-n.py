# feedback: read one item before it looked at n
import asyncio


async def ticker(interval, count=None):
    tick = 0
    while tick != count:
        await asyncio.sleep(interval)
        yield tick
        tick += 1


async def take(agen, n):
    items = []
    try:
        async for item in agen:
            items.append(item)
            if len(items) >= n:
                break
    finally:
        await agen.aclose()
    return items
