# feedback: When several fetches finish at the same moment
import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    todo = list(enumerate(urls))
    running = {}
    while todo and len(running) < limit:
        index, url = todo.pop(0)
        running[asyncio.create_task(fetch(url))] = index
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            results[running.pop(task)] = task.result()
        if todo:  # one finished: start the next one
            index, url = todo.pop(0)
            running[asyncio.create_task(fetch(url))] = index
    return results
