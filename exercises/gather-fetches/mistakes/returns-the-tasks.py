# feedback: never awaited: await them
import asyncio


async def fetch_all(fetch, urls):
    return [asyncio.create_task(fetch(url)) for url in urls]
