import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            return await fetch(url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(polite(url)) for url in urls]
    return [task.result() for task in tasks]
