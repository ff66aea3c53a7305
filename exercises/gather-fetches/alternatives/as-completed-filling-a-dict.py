import asyncio


async def fetch_all(fetch, urls):
    pages = {}

    async def tagged(i, url):
        pages[i] = await fetch(url)

    for fut in asyncio.as_completed([tagged(i, u) for i, u in enumerate(urls)]):
        await fut
    return [pages[i] for i in range(len(urls))]
