# feedback: asyncio.wait refuses an empty collection
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    done, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [task.result() if task in done else None for task in tasks]
