# feedback: printing them is not returning them
import asyncio


async def fetch_all(fetch, urls):
    pages = await asyncio.gather(*[fetch(u) for u in urls])
    print(pages)
