import asyncio
import itertools


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    pending = set()
    jobs = enumerate(urls)

    async def numbered(index, url):
        return index, await fetch(url)

    for index, url in itertools.islice(jobs, limit):
        pending.add(asyncio.create_task(numbered(index, url)))
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            index, page = task.result()
            results[index] = page
        for index, url in itertools.islice(jobs, len(done)):
            pending.add(asyncio.create_task(numbered(index, url)))
    return results
