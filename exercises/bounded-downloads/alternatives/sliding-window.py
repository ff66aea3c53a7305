import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    running = {}
    upcoming = iter(enumerate(urls))
    for index, url in upcoming:
        running[asyncio.create_task(fetch(url))] = index
        if len(running) == limit:
            break
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[running.pop(task)] = task.result()
            following = next(upcoming, None)
            if following is not None:
                index, url = following
                running[asyncio.create_task(fetch(url))] = index
    return results
