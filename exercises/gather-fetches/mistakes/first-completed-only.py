# feedback: waits for every fetch to finish
import asyncio


async def fetch_all(fetch, urls):
    if not urls:
        return []
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    return [t.result() for t in tasks if t in done]
