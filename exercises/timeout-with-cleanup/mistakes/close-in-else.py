# feedback: after a timeout, the connection was never closed
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        return None
    else:
        await conn.close()
        return data
