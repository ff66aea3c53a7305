import asyncio


async def fetch_all(fetch, urls):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
    except ExceptionGroup as eg:
        if all(isinstance(e, ValueError) for e in eg.exceptions):
            return ("failed", sorted(str(e) for e in eg.exceptions))
        raise
    return [await t for t in tasks]


async def fetch_each(fetch, urls):
    out = []
    for r in await asyncio.gather(*[fetch(u) for u in urls], return_exceptions=True):
        if isinstance(r, Exception):
            out.append(type(r).__name__ + ": " + str(r))
        else:
            out.append(r)
    return out
