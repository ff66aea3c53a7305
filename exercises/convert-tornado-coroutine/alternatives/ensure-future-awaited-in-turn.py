import asyncio


async def load_dashboard(fetch, user_id):
    urls = ["/users/%d" % user_id, "/feed/%d" % user_id]
    futures = [asyncio.ensure_future(fetch(url)) for url in urls]
    results = []
    for future in futures:
        results.append(await future)
    return dict(zip(["name", "items"], results))


async def fetch_with_retry(fetch, url, attempts=3):
    attempt = 0
    while attempt < attempts:
        try:
            return await fetch(url)
        except OSError:
            attempt += 1
            if attempt == attempts:
                raise
            print("sleeping", 2 ** (attempt - 1))
            await asyncio.sleep(2 ** (attempt - 1))
