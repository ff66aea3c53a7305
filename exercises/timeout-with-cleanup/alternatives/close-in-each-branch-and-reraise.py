import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        data = await asyncio.wait_for(conn.read(), timeout=seconds)
    except TimeoutError:
        await conn.close()
        return None
    except BaseException:
        await conn.close()   # error or cancellation: clean up, then let it go on
        raise
    await conn.close()
    return data
