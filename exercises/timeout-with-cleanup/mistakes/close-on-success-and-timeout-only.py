# feedback: after the read raised an error, the connection was never closed
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        await conn.close()
        return None
    await conn.close()
    return data
