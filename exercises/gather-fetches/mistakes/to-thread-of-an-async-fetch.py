# feedback: calling the async fetch there only builds a coroutine
import asyncio


async def fetch_all(fetch, urls):
    return await asyncio.gather(*(asyncio.to_thread(fetch, u) for u in urls))
