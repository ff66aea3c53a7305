# feedback: waits for every fetch to finish
import asyncio


async def fetch_all(fetch, urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(u)) for u in urls]
        return [t.result() for t in tasks if t.done()]
