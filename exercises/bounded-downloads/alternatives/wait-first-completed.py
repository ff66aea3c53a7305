import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    running = {}
    todo = list(enumerate(urls))
    todo.reverse()
    while todo or running:
        while todo and len(running) < limit:
            index, url = todo.pop()
            running[asyncio.ensure_future(fetch(url))] = index
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[running.pop(task)] = task.result()
    return results
