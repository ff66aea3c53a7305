import asyncio


async def load_dashboard(fetch, user_id):
    # keep Tornado's dict of futures: gather the values, zip the keys back on
    wanted = {
        "profile": fetch(f"/users/{user_id}"),
        "feed": fetch(f"/feed/{user_id}"),
    }
    parts = dict(zip(wanted, await asyncio.gather(*wanted.values())))
    return {"name": parts["profile"], "items": parts["feed"]}


async def fetch_with_retry(fetch, url, attempts=3, _delay=1):
    try:
        return await fetch(url)
    except IOError:
        if attempts <= 1:
            raise
    await asyncio.sleep(_delay)
    return await fetch_with_retry(fetch, url, attempts - 1, _delay * 2)
