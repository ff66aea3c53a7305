# feedback: not by whether every page is truthy
import asyncio


async def fetch_all(fetch, urls):
    pages = [None] * len(urls)
    messages = []

    async def one(i, url):
        pages[i] = await fetch(url)

    try:
        async with asyncio.TaskGroup() as tg:
            for i, url in enumerate(urls):
                tg.create_task(one(i, url))
    except* ValueError as eg:
        messages = sorted(str(e) for e in eg.exceptions)
    if all(pages):
        return pages
    return ("failed", messages)


async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

