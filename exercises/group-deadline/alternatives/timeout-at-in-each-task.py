import asyncio


async def fetch_before(fetch, urls, deadline):
    loop = asyncio.get_running_loop()
    cutoff = loop.time() + deadline

    async def in_time(url):
        try:
            async with asyncio.timeout_at(cutoff):
                return await fetch(url)
        except TimeoutError:
            return None

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(in_time(url)) for url in urls]
    return [task.result() for task in tasks]
