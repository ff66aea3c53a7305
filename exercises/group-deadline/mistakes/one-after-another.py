# feedback: run them concurrently
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = []
    try:
        async with asyncio.timeout(deadline):
            for url in urls:
                tasks.append(asyncio.create_task(fetch(url)))
                await tasks[-1]
    except TimeoutError:
        pass  # the group has cancelled what was still running
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
