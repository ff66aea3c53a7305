# feedback: a wait with a timeout returns when the time is up
import asyncio


async def fetch_all(fetch, urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    if tasks:
        await asyncio.wait(tasks, timeout=2)
    return [t.result() for t in tasks]
