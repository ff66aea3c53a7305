import asyncio

_END = object()


async def ticker(interval, count=None):
    n = 0
    while True:
        if count is not None and n >= count:
            return
        await asyncio.sleep(interval)
        yield n
        n += 1


async def take(agen, n):
    items = []
    for _ in range(n):
        item = await anext(agen, _END)
        if item is _END:
            break
        items.append(item)
    await agen.aclose()
    return items
