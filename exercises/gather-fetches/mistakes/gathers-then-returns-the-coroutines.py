# feedback: their results were thrown away
import asyncio


async def fetch_all(fetch, urls):
    coros = [fetch(u) for u in urls]
    await asyncio.gather(*coros)
    return coros
