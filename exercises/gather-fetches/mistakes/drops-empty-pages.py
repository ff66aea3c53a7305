# feedback: the empty page '' was left out
import asyncio


async def fetch_all(fetch, urls):
    pages = await asyncio.gather(*(fetch(u) for u in urls))
    return [p for p in pages if p]  # skip pages that came back empty
