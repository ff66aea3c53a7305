import asyncio


class Closing:
    """async with Closing(agen): closes agen on the way out, however the block ends."""

    def __init__(self, agen):
        self.agen = agen

    async def __aenter__(self):
        return self.agen

    async def __aexit__(self, *exc_info):
        await self.agen.aclose()
        return False


async def ticker(interval, count=None):
    n = 0
    while n != count:
        await asyncio.sleep(interval)
        yield n
        n += 1


async def take(agen, n):
    got = []
    async with Closing(agen) as source:
        iterator = aiter(source)
        for _ in range(n):
            try:
                got.append(await anext(iterator))
            except StopAsyncIteration:
                break
    return got
