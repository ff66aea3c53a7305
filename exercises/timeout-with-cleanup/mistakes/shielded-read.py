# feedback: asyncio.shield protects the read
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    read = asyncio.create_task(conn.read())
    try:
        async with asyncio.timeout(seconds):
            return await asyncio.shield(read)
    except TimeoutError:
        return None
    finally:
        await conn.close()
