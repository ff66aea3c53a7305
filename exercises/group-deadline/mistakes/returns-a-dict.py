# feedback: returned a dict
import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = {url: None for url in urls}

    async def keep(url):
        pages[url] = await fetch(url)

    try:
        async with asyncio.timeout(deadline):
            async with asyncio.TaskGroup() as group:
                for url in urls:
                    group.create_task(keep(url))
    except TimeoutError:
        pass
    return pages
