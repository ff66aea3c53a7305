import asyncio


async def load_dashboard(fetch, user_id):
    parts = {}

    async def get(key, url):
        parts[key] = await fetch(url)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(get("name", "/users/" + str(user_id)))
        tg.create_task(get("items", "/feed/" + str(user_id)))
    return {"name": parts["name"], "items": parts["items"]}


async def fetch_with_retry(fetch, url, attempts=3):
    failure = None
    for n in range(attempts):
        if n > 0:
            await asyncio.sleep(2 ** (n - 1))
        try:
            response = await fetch(url)
        except OSError as error:
            failure = error
            continue
        else:
            break
    else:
        raise failure
    return response
