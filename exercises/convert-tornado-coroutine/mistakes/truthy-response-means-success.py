# feedback: an empty body is a successful response
import asyncio


async def load_dashboard(fetch, user_id):
    results = await asyncio.gather(fetch("/users/%d" % user_id), fetch("/feed/%d" % user_id))
    return {"name": results[0], "items": results[1]}


async def fetch_with_retry(fetch, url, attempts=3):
    delay = 1
    response = None
    for attempt in range(attempts):
        try:
            response = await fetch(url)
        except OSError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(delay)
            delay *= 2
        if response:
            return response
