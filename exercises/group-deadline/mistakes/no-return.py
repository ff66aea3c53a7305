# feedback: an async def without a return gives None
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(fetch(url)) for url in urls]
    except TimeoutError:
        pass
    pages = [task.result() if task.done() and not task.cancelled() else None for task in tasks]
