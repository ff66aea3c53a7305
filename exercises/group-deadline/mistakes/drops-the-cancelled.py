# feedback: with None in the place of each fetch
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(fetch(url)) for url in urls]
    except TimeoutError:
        pass
    return [task.result() for task in tasks if not task.cancelled()]
