import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    data = None
    try:
        try:
            async with asyncio.timeout(seconds) as limit:
                data = await conn.read()
        except asyncio.TimeoutError:
            print("timed out:", limit.expired())
            data = None
    finally:
        await conn.close()
    return data
