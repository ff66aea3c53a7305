import asyncio


async def load_dashboard(fetch, user_id):
    profile = asyncio.ensure_future(fetch("/users/{}".format(user_id)))
    feed = asyncio.ensure_future(fetch("/feed/{}".format(user_id)))
    await asyncio.wait({profile, feed})
    return {"name": profile.result(), "items": feed.result()}


async def fetch_with_retry(fetch, url, attempts=3):
    attempt, delay = 1, 1
    while True:
        try:
            response = await fetch(url)
        except OSError as error:
            print(f"attempt {attempt} of {attempts} failed: {error}")
            if attempt >= attempts:
                raise
            await asyncio.sleep(delay)
            attempt, delay = attempt + 1, delay * 2
        else:
            return response
