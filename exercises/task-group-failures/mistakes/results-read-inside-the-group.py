# feedback: read task.result() after the block
import asyncio


async def fetch_all(fetch, urls):
    messages = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
            pages = [t.result() for t in tasks]
    except* ValueError as eg:
        messages = sorted(str(e) for e in eg.exceptions)
    if messages:
        return ("failed", messages)
    return pages


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

