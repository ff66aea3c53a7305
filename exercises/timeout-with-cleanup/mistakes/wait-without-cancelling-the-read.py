# feedback: asyncio.wait(..., timeout=...) only stops waiting
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        reading = asyncio.create_task(conn.read())
        done, _ = await asyncio.wait({reading}, timeout=seconds)
        return reading.result() if done else None
    finally:
        await conn.close()
