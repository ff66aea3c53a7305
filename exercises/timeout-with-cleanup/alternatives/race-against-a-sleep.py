import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        reader = asyncio.create_task(conn.read())
        timer = asyncio.create_task(asyncio.sleep(seconds))
        try:
            done, _ = await asyncio.wait({reader, timer}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in (reader, timer):
                t.cancel()
            await asyncio.gather(reader, timer, return_exceptions=True)
        if reader in done:
            return reader.result()
        return None
    finally:
        await conn.close()
