# feedback: that limit did not stop it after 2 s
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        return await asyncio.wait_for(conn.read(), timeout=seconds * 1000)  # timeout in ms
    except asyncio.TimeoutError:
        return None
    finally:
        await conn.close()
