# feedback: One tick too many
import asyncio


async def ticker(interval, count=None):
    tick = 0
    while count is None or tick <= count:
        await asyncio.sleep(interval)
        yield tick
        tick += 1


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
