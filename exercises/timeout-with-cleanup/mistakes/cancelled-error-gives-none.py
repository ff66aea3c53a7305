# feedback: swallowed the cancellation
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        data = await asyncio.wait_for(conn.read(), seconds)
    except asyncio.TimeoutError:
        data = None
    except asyncio.CancelledError:
        print("cancelled, closing")
        data = None
    finally:
        await conn.close()
    return data
