# feedback: empty data, which is not a timeout
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    data = None
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        pass
    finally:
        await conn.close()
    return data or None
