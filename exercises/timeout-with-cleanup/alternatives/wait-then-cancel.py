import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        reading = asyncio.create_task(conn.read())
        try:
            done, _ = await asyncio.wait({reading}, timeout=seconds)
        except asyncio.CancelledError:
            reading.cancel()
            raise
        if not done:
            reading.cancel()
            try:
                await reading
            except asyncio.CancelledError:
                pass
            return None
        return reading.result()
    finally:
        await conn.close()
