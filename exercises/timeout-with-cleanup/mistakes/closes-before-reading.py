# feedback: read from the connection after closing it
import asyncio


async def download(connect, url, seconds):
    try:
        conn = await connect(url)
    finally:
        await conn.close()
    try:
        return await asyncio.wait_for(conn.read(), seconds)
    except TimeoutError:
        return None
