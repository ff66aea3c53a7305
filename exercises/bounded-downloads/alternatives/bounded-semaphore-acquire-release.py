import asyncio
from typing import Awaitable, Callable


async def download_all(fetch: Callable[[str], Awaitable[str]], urls: list[str], limit: int) -> list[str]:
    gate = asyncio.BoundedSemaphore(limit)

    async def one(url: str) -> str:
        await gate.acquire()
        try:
            print("fetching", url)
            return await fetch(url)
        finally:
            gate.release()

    tasks = [asyncio.create_task(one(url)) for url in urls]
    return [await task for task in tasks]
