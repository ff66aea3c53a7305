import asyncio

TIMED_OUT = object()


async def with_limit(awaitable, seconds):
    """The awaitable's value, or TIMED_OUT when it took longer than `seconds` (it is cancelled then)."""
    try:
        async with asyncio.timeout(seconds):
            return await awaitable
    except TimeoutError:
        return TIMED_OUT


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        data = await with_limit(conn.read(), seconds)
    finally:
        await conn.close()
    return None if data is TIMED_OUT else data
