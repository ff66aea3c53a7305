import asyncio


async def ticker(interval, count=None):
    remaining = count
    tick = 0
    while remaining is None or remaining > 0:
        await asyncio.sleep(interval)
        yield tick
        tick += 1
        if remaining is not None:
            remaining -= 1


async def take(agen, n):
    items = []
    try:
        while len(items) < n:
            step = asyncio.ensure_future(agen.__anext__())
            try:
                items.append(await step)
            except StopAsyncIteration:
                break
    finally:
        await agen.aclose()
    return items
