import asyncio


async def fetch_all(fetch, urls):
    if not urls:
        return []
    if len(urls) == 1:
        return [await fetch(urls[0])]
    mid = len(urls) // 2
    left, right = await asyncio.gather(fetch_all(fetch, urls[:mid]), fetch_all(fetch, urls[mid:]))
    return left + right
