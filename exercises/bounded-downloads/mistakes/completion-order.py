# feedback: the right pages in another order
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            return await fetch(url)

    return [await page for page in asyncio.as_completed([polite(url) for url in urls])]
