# feedback: it caught the ConnectionError
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        async with asyncio.timeout(seconds):
            return await conn.read()
    except TimeoutError:
        return None
    except BaseException:
        await conn.close()
        return None
    finally:
        await conn.close()
