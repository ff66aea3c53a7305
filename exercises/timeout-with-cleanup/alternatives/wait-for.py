import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        return await asyncio.wait_for(conn.read(), seconds)
    except asyncio.TimeoutError:
        return None
    finally:
        await conn.close()
