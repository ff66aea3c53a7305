# feedback: not a time to sleep
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        read = asyncio.create_task(conn.read())
        await asyncio.sleep(seconds)
        if read.done():
            return read.result()
        read.cancel()
        return None
    finally:
        await conn.close()
