# feedback: coroutine 'wait_for' was never awaited
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    try:
        asyncio.wait_for(asyncio.gather(*tasks), deadline)
    except TimeoutError:
        pass
    for task in tasks:
        if not task.done():
            task.cancel()
    return [task.result() if task.done() and not task.cancelled() else None for task in tasks]
