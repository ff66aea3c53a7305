import asyncio


async def fetch_all(fetch, urls):
    messages = None
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
    except* ValueError as eg:
        messages = [e.args[0] if e.args else "" for e in eg.exceptions]
    except* Exception:
        raise  # not ours: let the rest of the group go on
    if messages is not None:
        return "failed", sorted(messages)
    return list(map(asyncio.Task.result, tasks))


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

