# feedback: no sleep after the last attempt
import asyncio


async def load_dashboard(fetch, user_id):
    profile, feed = await asyncio.gather(
        fetch("/users/%d" % user_id),
        fetch("/feed/%d" % user_id),
    )
    return {"name": profile, "items": feed}


async def fetch_with_retry(fetch, url, attempts=3):
    delay = 1
    error = None
    for attempt in range(attempts):
        try:
            return await fetch(url)
        except OSError as exc:
            error = exc
            await asyncio.sleep(delay)
            delay *= 2
    raise error
