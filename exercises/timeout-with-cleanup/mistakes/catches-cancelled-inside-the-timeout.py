# feedback: swallowed the cancellation
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            try:
                return await conn.read()
            except asyncio.CancelledError:
                return None   # the timeout cancelled the read
    finally:
        await conn.close()
