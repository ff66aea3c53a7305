# feedback: nothing should wait for the deadline itself
import asyncio


async def fetch_before(fetch, urls, deadline):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(url)) for url in urls]
        await asyncio.sleep(deadline)
        for task in tasks:
            task.cancel()
    return [task.result() if not task.cancelled() else None for task in tasks]
