import asyncio


async def fetch_all(fetch, urls):
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(fetch(u)) for u in urls]
    pages = []
    for t in tasks:
        pages.append(await t)
    return pages
