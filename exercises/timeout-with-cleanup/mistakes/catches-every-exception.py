# feedback: Catch TimeoutError only
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            return await conn.read()
    except Exception:
        return None
    finally:
        await conn.close()
