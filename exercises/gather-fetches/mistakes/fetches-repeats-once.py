# feedback: a url listed twice is fetched twice
import asyncio


async def fetch_all(fetch, urls):
    unique = list(dict.fromkeys(urls))          # no need to fetch the same page twice
    pages = await asyncio.gather(*(fetch(u) for u in unique))
    by_url = dict(zip(unique, pages))
    return [by_url[u] for u in urls]
