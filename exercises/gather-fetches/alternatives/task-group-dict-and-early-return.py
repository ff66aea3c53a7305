import asyncio


async def fetch_all(fetch, urls):
    if len(urls) == 0:
        return []
    async with asyncio.TaskGroup() as tg:
        by_index = {i: tg.create_task(fetch(u)) for i, u in enumerate(urls)}
    return [by_index[i].result() for i in sorted(by_index)]
