import asyncio
from contextlib import AsyncExitStack


async def download(connect, url: str, seconds: float):
    async with AsyncExitStack() as cleanup:
        conn = await connect(url)
        cleanup.push_async_callback(conn.close)  # awaited when the block is left, however that happens
        deadline = asyncio.get_running_loop().time() + seconds
        try:
            async with asyncio.timeout_at(deadline):
                data = await conn.read()
        except TimeoutError:
            print(f"{url}: no answer within {seconds} s")
            return None
        return data
