import asyncio


async def labelled(label, awaitable):
    return label, await awaitable


async def load_dashboard(fetch, user_id):
    parts = {}
    for next_part in asyncio.as_completed([labelled("name", fetch("/users/%d" % user_id)),
                                           labelled("items", fetch("/feed/%d" % user_id))]):
        key, body = await next_part
        parts[key] = body
    return {"name": parts["name"], "items": parts["items"]}


async def fetch_with_retry(fetch, url, attempts=3):
    for attempt in range(attempts):
        try:
            return await fetch(url)
        except OSError:
            if attempt == attempts - 1:
                raise
        await asyncio.sleep(1 << attempt)
