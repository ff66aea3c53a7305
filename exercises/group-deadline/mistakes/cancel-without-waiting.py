# feedback: had not finished cancelling
import asyncio


async def fetch_before(fetch, urls, deadline):
    if not urls:
        return []
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    done, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    return [task.result() if task in done else None for task in tasks]
