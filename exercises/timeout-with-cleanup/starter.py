import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    data = await conn.read()
    await conn.close()
    return data
