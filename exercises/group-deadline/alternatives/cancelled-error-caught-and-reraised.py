import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = {}

    async def one(i, url):
        try:
            pages[i] = await fetch(url)
        except asyncio.CancelledError:
            print("cancelled:", url)
            raise

    try:
        async with asyncio.timeout(deadline):
            try:
                async with asyncio.TaskGroup() as group:
                    for i, url in enumerate(urls):
                        group.create_task(one(i, url))
            except asyncio.CancelledError:
                print("the group was cancelled by the deadline")
                raise
    except TimeoutError:
        pass
    return [pages.get(i) for i in range(len(urls))]
