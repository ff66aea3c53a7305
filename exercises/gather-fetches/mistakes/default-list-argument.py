# feedback: an earlier call are still in the list
import asyncio


async def fetch_all(fetch, urls, pages=[]):
    results = await asyncio.gather(*[fetch(u) for u in urls])
    pages.extend(results)
    return pages
