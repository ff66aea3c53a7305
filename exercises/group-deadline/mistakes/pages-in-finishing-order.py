# feedback: not the order in which the fetches finished
import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = [None] * len(urls)
    arrived = []

    async def keep(i, url):
        page = await fetch(url)
        arrived.append(page)

    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                for i, url in enumerate(urls):
                    group.create_task(keep(i, url))
    except TimeoutError:
        pass
    for i, page in enumerate(arrived):
        pages[i] = page
    return pages
