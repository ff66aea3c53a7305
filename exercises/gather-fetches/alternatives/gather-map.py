import asyncio


async def fetch_all(fetch, urls):
    pages = await asyncio.gather(*map(fetch, urls))
    return list(pages)
