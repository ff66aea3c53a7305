import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            return await conn.read()
    except TimeoutError:
        return None
    finally:
        # a second cancellation while closing must not leave the connection half closed
        await asyncio.shield(conn.close())
