import asyncio


async def fetch_all(fetch, urls):
    pages = {}
    failed = None

    async def one(i, url):
        pages[i] = await fetch(url)

    try:
        async with asyncio.TaskGroup() as tg:
            for i, url in enumerate(urls):
                tg.create_task(one(i, url))
    except* ValueError as eg:
        failed = [e.args[0] for e in eg.exceptions]
    if failed is not None:
        failed.sort()
        return ("failed", failed)
    return [pages[i] for i in range(len(urls))]

async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

