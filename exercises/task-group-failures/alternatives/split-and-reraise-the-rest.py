import asyncio


async def fetch_all(fetch, urls):
    tasks = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(u)) for u in urls]
    except ExceptionGroup as group_error:
        bad, rest = group_error.split(ValueError)
        if rest is not None:
            raise rest
        return "failed", sorted(str(e) for e in bad.exceptions)
    return [t.result() for t in tasks]


async def fetch_each(fetch, urls):
    async def settle(url):
        try:
            return await fetch(url)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
    return list(await asyncio.gather(*map(settle, urls), return_exceptions=True))
