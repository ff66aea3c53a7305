import asyncio


async def fetch_all(fetch, urls):
    coros = [fetch(url) for url in urls]
    results = await asyncio.wait_for(asyncio.gather(*coros), timeout=None)
    return list(results)
