# feedback: A new Semaphore for each fetch lets every fetch in
import asyncio


async def download_all(fetch, urls, limit):
    async def polite(url):
        async with asyncio.Semaphore(limit):
            return await fetch(url)

    return list(await asyncio.gather(*(polite(url) for url in urls)))
