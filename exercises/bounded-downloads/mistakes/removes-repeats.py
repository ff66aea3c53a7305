# feedback: a url listed twice is fetched twice
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        async with slots:
            return url, await fetch(url)

    pages = dict(await asyncio.gather(*(polite(url) for url in dict.fromkeys(urls))))
    return [pages[url] for url in urls]
