# feedback: 2 fetches with limit 10 took 2 s
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(min(limit, len(urls) // 2 or 1))

    async def polite(url):
        async with slots:
            return await fetch(url)

    return list(await asyncio.gather(*(polite(url) for url in urls)))
