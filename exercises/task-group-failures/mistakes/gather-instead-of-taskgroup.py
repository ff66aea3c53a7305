# feedback: a TaskGroup cancels them
import asyncio


async def fetch_all(fetch, urls):
    messages = []
    try:
        return await asyncio.gather(*(fetch(url) for url in urls))
    except ValueError as failure:
        return ("failed", [str(failure)])


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]
