# feedback: a list at module level
import asyncio

results = []


async def fetch_all(fetch, urls):
    results.extend(await asyncio.gather(*(fetch(u) for u in urls)))
    return results
