# feedback: called fetch 2 time(s), expected 3
import asyncio


async def fetch_all(fetch, urls):
    coros = []
    for i in range(1, len(urls)):
        coros.append(fetch(urls[i]))
    return await asyncio.gather(*coros)
