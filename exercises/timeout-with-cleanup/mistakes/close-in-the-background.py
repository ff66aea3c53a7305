# feedback: a close scheduled in the background
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            return await conn.read()
    except TimeoutError:
        return None
    finally:
        asyncio.ensure_future(conn.close())   # close in the background
