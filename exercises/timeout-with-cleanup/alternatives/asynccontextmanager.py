import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def opened(connect, url):
    conn = await connect(url)
    try:
        yield conn
    finally:
        await conn.close()


async def download(connect, url, seconds):
    async with opened(connect, url) as conn:
        try:
            async with asyncio.timeout(seconds):
                return await conn.read()
        except TimeoutError:
            return None
