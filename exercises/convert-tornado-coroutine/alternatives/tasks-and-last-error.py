import asyncio


async def load_dashboard(fetch, user_id: int) -> dict:
    profile_task = asyncio.create_task(fetch("/users/%d" % user_id))
    feed_task = asyncio.create_task(fetch("/feed/%d" % user_id))
    return {"name": await profile_task, "items": await feed_task}


async def fetch_with_retry(fetch, url: str, attempts: int = 3) -> str:
    delay = 1
    last_error = None
    attempt = 0
    while attempt < attempts:
        if last_error is not None:
            print(f"retrying {url} in {delay} s")
            await asyncio.sleep(delay)
            delay *= 2
        attempt += 1
        try:
            return await fetch(url)
        except OSError as error:
            last_error = error
    raise last_error
