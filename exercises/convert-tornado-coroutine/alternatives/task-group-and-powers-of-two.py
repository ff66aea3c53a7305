import asyncio


async def load_dashboard(fetch, user_id):
    async with asyncio.TaskGroup() as group:
        profile = group.create_task(fetch(f"/users/{user_id}"))
        feed = group.create_task(fetch(f"/feed/{user_id}"))
    return {"name": profile.result(), "items": feed.result()}


async def fetch_with_retry(fetch, url, attempts=3):
    for attempt in range(attempts):
        try:
            return await fetch(url)
        except OSError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(2 ** attempt)
