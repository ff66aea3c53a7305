import asyncio
from typing import Awaitable, Callable


async def fetch_all(fetch: Callable[[str], Awaitable[str]], urls: list[str]) -> list[str]:
    """Fetch all urls at once; results keep the order of urls."""
    index = {asyncio.ensure_future(fetch(url)): i for i, url in enumerate(urls)}
    results: list = [None] * len(urls)
    pending = set(index)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[index[task]] = task.result()
    return results
