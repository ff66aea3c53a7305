# feedback: the first wait is 1 s
import asyncio


async def load_dashboard(fetch, user_id):
    profile, feed = await asyncio.gather(fetch("/users/%d" % user_id), fetch("/feed/%d" % user_id))
    return {"name": profile, "items": feed}


async def fetch_with_retry(fetch, url, attempts=3):
    delay = 1
    for attempt in range(1, attempts + 1):
        try:
            return await fetch(url)
        except OSError:
            if attempt == attempts:
                raise
            delay *= 2
            await asyncio.sleep(delay)
