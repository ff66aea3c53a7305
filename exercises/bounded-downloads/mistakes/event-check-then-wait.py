# feedback: fetches were in flight at once with limit 2
import asyncio


async def download_all(fetch, urls, limit):
    in_flight = 0
    freed = asyncio.Event()

    async def one(url):
        nonlocal in_flight
        if in_flight >= limit:
            freed.clear()
            await freed.wait()
        in_flight += 1
        try:
            return await fetch(url)
        finally:
            in_flight -= 1
            freed.set()

    return list(await asyncio.gather(*(one(url) for url in urls)))
