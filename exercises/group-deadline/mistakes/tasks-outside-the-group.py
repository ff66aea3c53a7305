# feedback: a TaskGroup does not wait for tasks made with asyncio.create_task
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                tasks = [asyncio.create_task(fetch(url)) for url in urls]
    except TimeoutError:
        pass
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
