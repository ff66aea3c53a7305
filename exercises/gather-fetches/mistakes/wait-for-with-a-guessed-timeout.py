# feedback: a time limit cut off a fetch
import asyncio


async def fetch_all(fetch, urls):
    return await asyncio.wait_for(asyncio.gather(*(fetch(u) for u in urls)), timeout=3)
