import asyncio


async def load_dashboard(fetch, user_id: int) -> dict:
    urls = {"name": f"/users/{user_id}", "items": f"/feed/{user_id}"}
    async with asyncio.TaskGroup() as tg:
        tasks = {key: tg.create_task(fetch(url)) for key, url in urls.items()}
    return {key: task.result() for key, task in tasks.items()}


async def fetch_with_retry(fetch, url, attempts=3):
    last_error = None
    for attempt in range(attempts):
        if attempt:
            await asyncio.sleep(2 ** (attempt - 1))
        try:
            return await fetch(url)
        except OSError as error:
            print(f"attempt {attempt + 1} failed: {error}")
            last_error = error
    raise last_error
