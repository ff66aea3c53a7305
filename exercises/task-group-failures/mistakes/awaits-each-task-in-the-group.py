# feedback: Awaiting each task right after creating it
import asyncio


async def fetch_all(fetch, urls):
    pages = []
    messages = []
    try:
        async with asyncio.TaskGroup() as group:
            for url in urls:
                pages.append(await group.create_task(fetch(url)))
    except* ValueError as failures:
        messages = sorted(str(error) for error in failures.exceptions)
    if messages:
        return ("failed", messages)
    return pages


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]
