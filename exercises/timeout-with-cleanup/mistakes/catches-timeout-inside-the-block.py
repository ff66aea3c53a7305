# feedback: download raised TimeoutError, expected it to return None
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            try:
                return await conn.read()
            except TimeoutError:
                return None
    finally:
        await conn.close()
