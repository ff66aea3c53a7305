import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    try:
        async with asyncio.timeout(deadline):
            await asyncio.gather(*tasks)  # cancelled at the deadline, gather cancels its tasks and waits for them
    except TimeoutError:
        pass
    pages = []
    for task in tasks:
        pages.append(None if task.cancelled() else task.result())
    return pages
