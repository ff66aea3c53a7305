# feedback: asyncio.wait refuses an empty collection
import asyncio


async def fetch_all(fetch, urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    await asyncio.wait(tasks)
    return [t.result() for t in tasks]
