# feedback: ran one after another
import asyncio


async def load_dashboard(fetch, user_id):
    profile = await asyncio.create_task(fetch("/users/%d" % user_id))
    feed = await asyncio.create_task(fetch("/feed/%d" % user_id))
    return {"name": profile, "items": feed}


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
