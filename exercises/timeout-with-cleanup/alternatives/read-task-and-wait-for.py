import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    reading = asyncio.create_task(conn.read(), name=f"read {url}")
    try:
        return await asyncio.wait_for(reading, seconds)  # on timeout wait_for cancels the task and waits for it
    except asyncio.TimeoutError:
        return None
    finally:
        if not reading.done():  # the caller cancelled us: wait_for has cancelled the read already
            reading.cancel()
        await conn.close()
