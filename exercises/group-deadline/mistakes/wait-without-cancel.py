# feedback: they must be cancelled when the deadline passes
import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    if tasks:
        await asyncio.wait(tasks, timeout=deadline)  # the late ones keep running
    return [task.result() if task.done() else None for task in tasks]
