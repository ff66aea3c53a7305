# feedback: await asyncio.gather
import asyncio


async def fetch_all(fetch, urls):
    return asyncio.gather(*(fetch(url) for url in urls))
