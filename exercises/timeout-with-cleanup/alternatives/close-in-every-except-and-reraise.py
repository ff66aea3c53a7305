import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            data = await conn.read()
    except TimeoutError:
        await conn.close()
        return None
    except asyncio.CancelledError:
        await conn.close()
        raise
    except Exception:
        await conn.close()
        raise
    await conn.close()
    return data
