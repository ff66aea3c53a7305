# feedback: an async generator, not a list
import asyncio


async def fetch_all(fetch, urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    return (await t for t in tasks)
