import asyncio


async def fetch_all(fetch, urls):
    results = [None] * len(urls)

    async def one(i, url):
        return i, await fetch(url)

    for next_done in asyncio.as_completed([one(i, u) for i, u in enumerate(urls)]):
        i, page = await next_done
        results[i] = page
    return results
