import asyncio


async def download_all(fetch, urls, limit):
    results = [None] * len(urls)
    jobs = iter(enumerate(urls))  # shared: each next() hands out a url exactly once

    async def worker(name):
        for index, url in jobs:
            print(name, "fetches", url)
            results[index] = await fetch(url)

    async with asyncio.TaskGroup() as group:
        for n in range(limit):
            group.create_task(worker(f"worker {n}"))
    return results
