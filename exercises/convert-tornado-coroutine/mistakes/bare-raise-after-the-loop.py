# feedback: a bare raise has nothing to re-raise
import asyncio


async def load_dashboard(fetch, user_id):
    profile, feed = await asyncio.gather(fetch("/users/%d" % user_id), fetch("/feed/%d" % user_id))
    return {"name": profile, "items": feed}


async def fetch_with_retry(fetch, url, attempts=3):
    for attempt in range(attempts):
        try:
            return await fetch(url)
        except OSError:
            if attempt < attempts - 1:
                await asyncio.sleep(2 ** attempt)
    raise
