# feedback: the read itself, await conn.read(), must be inside
import asyncio


async def download(connect, url, seconds):
    try:
        async with asyncio.timeout(seconds):
            conn = await connect(url)
    except TimeoutError:
        return None
    try:
        return await conn.read()
    finally:
        await conn.close()
