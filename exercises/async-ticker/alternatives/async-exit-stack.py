import asyncio
import contextlib


async def ticker(interval: float, count: "int | None" = None):
    tick = 0
    while count is None or tick < count:
        await asyncio.sleep(interval)
        yield tick
        tick += 1


async def take(agen, n: int) -> list:
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(agen.aclose)
        items = []
        while len(items) < n:
            try:
                items.append(await agen.__anext__())
            except StopAsyncIteration:
                break
        return items
