# feedback: not in the order the fetches finish
import asyncio


async def fetch_all(fetch, urls):
    pages = []

    async def one(url):
        pages.append(await fetch(url))

    await asyncio.gather(*[one(u) for u in urls])
    return pages
