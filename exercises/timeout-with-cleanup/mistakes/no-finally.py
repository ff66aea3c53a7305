# feedback: in a finally block
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        data = await asyncio.wait_for(conn.read(), seconds)
    except asyncio.TimeoutError:
        return None
    await conn.close()
    return data
