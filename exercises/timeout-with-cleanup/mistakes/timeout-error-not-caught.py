# feedback: download raised TimeoutError, expected it to return None
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        return await asyncio.wait_for(conn.read(), timeout=seconds)
    finally:
        await conn.close()
