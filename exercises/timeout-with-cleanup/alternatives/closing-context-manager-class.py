import asyncio


class Closing:
    """async with Closing(conn): closes the connection on the way out, whatever happened."""

    def __init__(self, conn):
        self.conn = conn

    async def __aenter__(self):
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        await self.conn.close()
        return False


async def download(connect, url, seconds):
    async with Closing(await connect(url)) as conn:
        try:
            async with asyncio.timeout(seconds):
                return await conn.read()
        except TimeoutError:
            return None
