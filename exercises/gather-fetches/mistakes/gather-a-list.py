# feedback: unpack the list with a star
import asyncio


async def fetch_all(fetch, urls):
    return list(await asyncio.gather([fetch(url) for url in urls]))
