# feedback: asyncio.timeout_at takes a moment of the loop's clock
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout_at(deadline):
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(fetch(url)) for url in urls]
    except TimeoutError:
        pass
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
