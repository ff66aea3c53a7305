# feedback: read before the task had finished
import asyncio


async def fetch_all(fetch, urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    await asyncio.sleep(0)
    return [t.result() for t in tasks]
