# feedback: had not finished cancelling
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    try:
        async with asyncio.timeout(deadline):
            for task in tasks:
                await task
    except TimeoutError:
        pass
    finally:
        for task in tasks:
            task.cancel()
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
