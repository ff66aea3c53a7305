import asyncio


class Limiter:
    """async with limiter: at most `size` bodies run at once."""

    def __init__(self, size):
        self._slots = asyncio.Semaphore(size)

    async def __aenter__(self):
        await self._slots.acquire()
        return self

    async def __aexit__(self, *exc_info):
        self._slots.release()
        return False


async def download_all(fetch, urls, limit):
    limiter = Limiter(limit)

    async def one(url):
        async with limiter:
            return await fetch(url)

    return [page for page in await asyncio.gather(*map(one, urls))]
