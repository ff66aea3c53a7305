import asyncio


async def fetch_all(fetch, urls):
    if not urls:
        return []
    first, rest = await asyncio.gather(fetch(urls[0]), fetch_all(fetch, urls[1:]))
    return [first, *rest]
