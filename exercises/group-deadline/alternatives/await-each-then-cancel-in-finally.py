import asyncio


async def fetch_before(fetch, urls, deadline):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    try:
        async with asyncio.timeout(deadline):
            for task in tasks:
                await task
    except TimeoutError:
        print("deadline")
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return [task.result() if not task.cancelled() else None for task in tasks]
