import asyncio
from typing import Awaitable, Callable

Fetch = Callable[[str], Awaitable[str]]


async def both(*coros):
    return await asyncio.gather(*coros)


async def load_dashboard(fetch: Fetch, user_id: int) -> dict:
    name, items = await both(fetch(f"/users/{user_id}"), fetch(f"/feed/{user_id}"))
    return {"name": name, "items": items}


async def attempt(fetch: Fetch, url: str):
    """One try: (True, body) or (False, the OSError)."""
    try:
        return True, await fetch(url)
    except OSError as error:
        return False, error


async def fetch_with_retry(fetch: Fetch, url: str, attempts: int = 3) -> str:
    delay = 1
    for number in range(1, attempts + 1):
        ok, outcome = await attempt(fetch, url)
        if ok:
            return outcome
        print(f"attempt {number} failed: {outcome}")
        if number == attempts:
            raise outcome from None
        await asyncio.sleep(delay)
        delay *= 2
