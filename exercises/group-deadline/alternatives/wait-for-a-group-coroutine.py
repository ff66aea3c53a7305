import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []

    async def run_all():
        async with asyncio.TaskGroup() as group:
            for url in urls:
                tasks.append(group.create_task(fetch(url)))

    try:
        await asyncio.wait_for(run_all(), timeout=deadline)
    except asyncio.TimeoutError:
        pass
    return [None if task.cancelled() else task.result() for task in tasks]
