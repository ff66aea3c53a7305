# feedback: a return inside its finally block
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    data = None
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        data = None
    finally:
        await conn.close()
        return data
