import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = [None] * len(urls)

    async def keep(i, url):
        pages[i] = await fetch(url)

    try:
        async with asyncio.timeout(deadline), asyncio.TaskGroup() as group:
            for i, url in enumerate(urls):
                group.create_task(keep(i, url))
    except TimeoutError:
        print(f"deadline of {deadline} s passed")
    return pages
