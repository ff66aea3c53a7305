# feedback: the right pages in another order
import asyncio


async def download_all(fetch, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def polite(url):
        await slots.acquire()
        page = await fetch(url)
        slots.release()
        return page

    tasks = [asyncio.ensure_future(polite(u)) for u in urls]
    done, _ = await asyncio.wait(tasks) if tasks else (set(), set())
    return [t.result() for t in done]
