import asyncio
import itertools


async def load_dashboard(fetch, user_id):
    profile = asyncio.ensure_future(fetch("/users/%d" % user_id))
    feed = asyncio.ensure_future(fetch("/feed/%d" % user_id))
    await asyncio.wait([profile, feed])
    return {"name": profile.result(), "items": feed.result()}


async def fetch_with_retry(fetch, url, attempts=3):
    delays = (2 ** n for n in itertools.count())
    tries = 0
    while True:
        tries += 1
        try:
            response = await fetch(url)
        except IOError:
            if tries >= attempts:
                raise
            await asyncio.sleep(next(delays))
        else:
            return response
