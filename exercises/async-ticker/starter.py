import asyncio


async def ticker(interval, count=None):
    """Wait `interval`, yield 0, wait, yield 1, ... (`count` ticks, or forever)."""
    ...


async def take(agen, n):
    """The first n items of the async iterator `agen`, closing it afterwards."""
    items = []
    ...
    return items
