import asyncio
import itertools
from collections.abc import AsyncIterator


async def ticker(interval: float, count: int | None = None) -> AsyncIterator[int]:
    for tick in itertools.islice(itertools.count(), count):  # islice(..., None) goes on forever
        await asyncio.sleep(interval)
        print("tick", tick)
        yield tick


async def take(agen, n: int) -> list:
    items = []
    try:
        while len(items) < n:
            try:
                items.append(await anext(agen))
            except StopAsyncIteration:
                break
    finally:
        await agen.aclose()
    return items
