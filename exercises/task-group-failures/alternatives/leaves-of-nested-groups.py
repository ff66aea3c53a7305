import asyncio


def leaves(group):
    """Every exception in a (possibly nested) exception group."""
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            yield from leaves(error)
        else:
            yield error


async def fetch_all(fetch, urls):
    caught = None
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
    except* ValueError as eg:
        caught = eg
    if caught is not None:
        return ("failed", sorted(str(e) for e in leaves(caught)))
    return [t.result() for t in tasks]


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

