# feedback: asyncio.timeout_at takes a moment of the loop's clock
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout_at(seconds):
            return await conn.read()
    except TimeoutError:
        return None
    finally:
        await conn.close()
