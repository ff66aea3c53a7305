# feedback: asking a cancelled task for its result
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(fetch(url)) for url in urls]
    except TimeoutError:
        pass
    return [task.result() if task.done() else None for task in tasks]
