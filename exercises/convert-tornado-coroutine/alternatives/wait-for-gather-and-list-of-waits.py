import asyncio


async def load_dashboard(fetch, user_id):
    profile, feed = await asyncio.wait_for(
        asyncio.gather(fetch("/users/%d" % user_id), fetch("/feed/%d" % user_id)), timeout=60)
    return {"name": profile, "items": feed}


async def fetch_with_retry(fetch, url, attempts=3):
    waits = [2 ** i for i in range(attempts - 1)] + [None]
    for wait in waits:
        try:
            return await fetch(url)
        except OSError:
            if wait is None:
                raise
        await asyncio.sleep(wait)
