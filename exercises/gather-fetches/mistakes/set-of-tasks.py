# feedback: the right pages in another order
import asyncio


async def fetch_all(fetch, urls):
    if not urls:
        return []
    done, _ = await asyncio.wait([asyncio.create_task(fetch(url)) for url in urls])
    return [task.result() for task in done]
