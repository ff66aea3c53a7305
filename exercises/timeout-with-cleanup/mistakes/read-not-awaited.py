# feedback: a coroutine function was called without await
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            data = conn.read()
    except TimeoutError:
        data = None
    finally:
        await conn.close()
    return data
