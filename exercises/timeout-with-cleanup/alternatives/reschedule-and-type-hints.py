import asyncio
from typing import Optional


async def download(connect, url: str, seconds: float) -> Optional[str]:
    conn = await connect(url)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as limit:
            limit.reschedule(loop.time() + seconds)
            data = await conn.read()
    except TimeoutError:
        data = None
    finally:
        await conn.close()
    return data
