# feedback: in the order of urls
import asyncio


async def fetch_all(fetch, urls):
    return [await page for page in asyncio.as_completed([fetch(url) for url in urls])]
