# feedback: not a dict of them
import asyncio


async def load_dashboard(fetch, user_id):
    parts = await asyncio.gather({
        "profile": fetch("/users/%d" % user_id),
        "feed": fetch("/feed/%d" % user_id),
    })
    return {"name": parts["profile"], "items": parts["feed"]}


async def fetch_with_retry(fetch, url, attempts=3):
    delay = 1
    for attempt in range(1, attempts + 1):
        try:
            return await fetch(url)
        except OSError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2
