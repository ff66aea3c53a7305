import asyncio


async def download_all(fetch, urls, limit):
    in_flight = 0
    changed = asyncio.Condition()

    async def one(url):
        nonlocal in_flight
        async with changed:
            await changed.wait_for(lambda: in_flight < limit)
            in_flight += 1
        try:
            return await fetch(url)
        finally:
            async with changed:
                in_flight -= 1
                changed.notify()

    return list(await asyncio.gather(*(one(url) for url in urls)))
