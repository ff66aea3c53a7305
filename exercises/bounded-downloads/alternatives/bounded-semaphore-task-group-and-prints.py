import asyncio


async def download_all(fetch, urls, limit):
    gate = asyncio.BoundedSemaphore(limit)
    results = [None] * len(urls)

    async def grab(i):
        async with gate:
            print(f"start {urls[i]}")
            results[i] = await fetch(urls[i])
            print(f"done  {urls[i]}")

    async with asyncio.TaskGroup() as tg:
        for i in range(len(urls)):
            tg.create_task(grab(i))
    return results
