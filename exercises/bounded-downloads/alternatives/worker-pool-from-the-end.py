import asyncio


async def download_all(fetch, urls: list[str], limit: int) -> list:
    """`limit` workers, each taking the next waiting url (from the end of the list) until none are left."""
    results: list = [None] * len(urls)
    waiting = list(enumerate(urls))

    async def worker():
        while waiting:
            index, url = waiting.pop()
            results[index] = await fetch(url)

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
