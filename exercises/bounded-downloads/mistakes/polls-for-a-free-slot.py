# feedback: something waited a fixed time
import asyncio


async def download_all(fetch, urls, limit):
    in_flight = 0

    async def one(url):
        nonlocal in_flight
        while in_flight >= limit:
            await asyncio.sleep(0.5)  # check again in a moment
        in_flight += 1
        try:
            return await fetch(url)
        finally:
            in_flight -= 1

    return list(await asyncio.gather(*(one(url) for url in urls)))
