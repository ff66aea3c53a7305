import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        data = await asyncio.wait_for(conn.read(), timeout=seconds)
    except TimeoutError:
        print(f"{url}: gave up after {seconds} s")
        data = None
    else:
        print(f"{url}: {len(data)} characters")
    finally:
        print("closing", url)
        await conn.close()
    return data
