import asyncio
import contextlib


async def ticker(interval, count=None):
    """Ticks on a fixed schedule: the k-th tick is due k * interval after the start, whatever the consumer does."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = 0
    while count is None or tick < count:
        await asyncio.sleep(start + (tick + 1) * interval - loop.time())
        yield tick
        tick += 1


async def take(agen, n):
    items = []
    async with contextlib.aclosing(agen):
        while len(items) < n:
            try:
                items.append(await anext(agen))
            except StopAsyncIteration:
                break
    return items
