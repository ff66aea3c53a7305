import asyncio


async def load_dashboard(fetch, user_id):
    async with asyncio.timeout(30):
        tasks = {"name": asyncio.create_task(fetch("/users/%d" % user_id)),
                 "items": asyncio.create_task(fetch("/feed/%d" % user_id))}
        await asyncio.gather(*tasks.values())
    return {key: task.result() for key, task in tasks.items()}


async def fetch_with_retry(fetch, url, attempts=3):
    left, delay = attempts, 1
    while True:
        left -= 1
        try:
            return await fetch(url)
        except IOError as error:
            if not left:
                raise error
        await asyncio.sleep(delay)
        delay += delay
