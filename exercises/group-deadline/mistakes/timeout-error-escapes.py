# feedback: catch it (try: ... except TimeoutError:)
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    async with asyncio.timeout(deadline):
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(url)) for url in urls]
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
