import asyncio


async def fetch_before(fetch, urls, deadline):
    if len(urls) == 0:
        return []
    by_task = {asyncio.ensure_future(fetch(url)): i for i, url in enumerate(urls)}
    done, pending = await asyncio.wait(by_task.keys(), timeout=deadline, return_when=asyncio.ALL_COMPLETED)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)
    pages = [None] * len(urls)
    for task in done:
        pages[by_task[task]] = task.result()
    return pages
