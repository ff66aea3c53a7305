import asyncio
import contextlib


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        reading = asyncio.ensure_future(conn.read())
        try:
            done, pending = await asyncio.wait([reading], timeout=seconds)
        finally:
            if not reading.done():
                reading.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reading
        if reading in done:
            return reading.result()
        return None
    finally:
        await conn.close()
