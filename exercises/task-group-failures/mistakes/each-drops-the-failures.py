# feedback: a failed fetch keeps its place
import asyncio


async def fetch_all(fetch, urls):
    messages = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(url)) for url in urls]
    except* ValueError as failures:
        messages = sorted(str(error) for error in failures.exceptions)
    if messages:
        return ("failed", messages)
    return [task.result() for task in tasks]


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [r for r in results if not isinstance(r, Exception)]
