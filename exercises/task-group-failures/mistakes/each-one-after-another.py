# feedback: run the fetches concurrently
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
    results = []
    for url in urls:
        try:
            results.append(await fetch(url))
        except Exception as error:
            results.append(f"{type(error).__name__}: {error}")
    return results
