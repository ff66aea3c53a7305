# feedback: the results were taken in the order they finished
import asyncio


async def load_dashboard(fetch, user_id):
    parts = []
    for next_done in asyncio.as_completed([fetch("/users/%d" % user_id), fetch("/feed/%d" % user_id)]):
        parts.append(await next_done)
    return {"name": parts[0], "items": parts[1]}


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
