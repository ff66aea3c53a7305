import asyncio

# Tornado is not available here, and these generator functions are not coroutines:
# rewrite them with async def / await / return on plain asyncio.


def load_dashboard(fetch, user_id):
    parts = yield {
        "profile": fetch("/users/%d" % user_id),
        "feed": fetch("/feed/%d" % user_id),
    }
    return {"name": parts["profile"], "items": parts["feed"]}


def fetch_with_retry(fetch, url, attempts=3):
    delay = 1
    for attempt in range(1, attempts + 1):
        try:
            response = yield fetch(url)
        except OSError:
            if attempt == attempts:
                raise
            yield asyncio.sleep(delay)
            delay *= 2
        else:
            return response
