import asyncio


async def load_dashboard(fetch, user_id):
    profile = asyncio.create_task(fetch("/users/%d" % user_id))
    feed = asyncio.create_task(fetch("/feed/%d" % user_id))
    done, pending = await asyncio.wait([profile, feed], return_when=asyncio.ALL_COMPLETED)
    assert not pending
    return {"name": profile.result(), "items": feed.result()}


async def fetch_with_retry(fetch, url, attempts=3):
    delay = 1.0
    for attempt in range(attempts):
        try:
            return await asyncio.wait_for(fetch(url), timeout=None)
        except OSError:
            if attempt + 1 >= attempts:
                raise
            await asyncio.sleep(delay)
            delay = delay * 2
