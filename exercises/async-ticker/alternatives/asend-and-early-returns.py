import asyncio


async def ticker(interval, count=None):
    tick = 0
    while True:
        if count is not None and tick >= count:
            break
        await asyncio.sleep(interval)
        yield tick
        tick += 1


async def take(agen, n):
    if n <= 0:
        return []
    items = []
    try:
        while True:
            try:
                item = await agen.asend(None)
            except StopAsyncIteration:
                return items
            items.append(item)
            if len(items) == n:
                return items
    finally:
        await agen.aclose()
