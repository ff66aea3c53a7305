import asyncio
from collections.abc import Awaitable, Callable

Fetch = Callable[[str], Awaitable[str]]


async def fetch_with(slots: asyncio.Semaphore, fetch: Fetch, url: str) -> str:
    async with slots:
        return await fetch(url)


async def download_all(fetch: Fetch, urls: list[str], limit: int) -> list[str]:
    slots = asyncio.Semaphore(value=limit)
    tasks = [asyncio.create_task(fetch_with(slots, fetch, url)) for url in urls]
    if tasks:
        await asyncio.wait(tasks)
    return [task.result() for task in tasks]
