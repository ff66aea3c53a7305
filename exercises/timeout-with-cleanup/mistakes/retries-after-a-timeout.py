# feedback: stop waiting when the limit is reached
import asyncio


async def download(connect, url, seconds):
    conn = await connect(url)
    try:
        try:
            return await asyncio.wait_for(conn.read(), seconds)
        except TimeoutError:
            print("slow, trying once more")
            return await asyncio.wait_for(conn.read(), seconds)
    except TimeoutError:
        return None
    finally:
        await conn.close()
