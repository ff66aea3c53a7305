# feedback: is a return missing on that path
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        return None
    finally:
        await conn.close()
