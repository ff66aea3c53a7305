import asyncio


class Downloader:
    def __init__(self, connect, seconds):
        self.connect = connect
        self.seconds = seconds

    async def read_within_limit(self, conn):
        try:
            return await asyncio.wait_for(conn.read(), self.seconds)
        except asyncio.TimeoutError:
            return None

    async def get(self, url):
        conn = await self.connect(url)
        try:
            return await self.read_within_limit(conn)
        finally:
            await conn.close()


async def download(connect, url, seconds):
    return await Downloader(connect, seconds).get(url)
