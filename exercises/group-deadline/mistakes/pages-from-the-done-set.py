# feedback: The right entries in another order
import asyncio


async def fetch_before(fetch, urls, deadline):
    if not urls:
        return []
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    done, pending = await asyncio.wait(tasks, timeout=deadline)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [task.result() for task in done] + [None] * len(pending)
