import asyncio


async def fetch_all(fetch, urls):
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    if tasks:
        await asyncio.wait(tasks)  # ALL_COMPLETED by default
    return [t.result() for t in tasks]
