import asyncio
import itertools


async def load_dashboard(fetch, user_id: int) -> dict[str, str]:
    urls = ["/users/%d" % user_id, "/feed/%d" % user_id]
    name, items = await asyncio.gather(*(fetch(url) for url in urls))
    return {"name": name, "items": items}


async def fetch_with_retry(fetch, url: str, attempts: int = 3) -> str:
    delays = (2 ** n for n in itertools.count())
    error = None
    for _ in range(attempts):
        if error is not None:
            await asyncio.sleep(next(delays))
        try:
            return await fetch(url)
        except OSError as failure:
            error = failure
    assert error is not None
    raise error
