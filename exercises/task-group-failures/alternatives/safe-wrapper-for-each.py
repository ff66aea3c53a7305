import asyncio


async def fetch_all(fetch, urls):
    failed = None
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
    except* ValueError as eg:
        print("failures:", eg.exceptions)
        failed = eg
    if failed is not None:
        msgs = []
        for e in failed.exceptions:
            msgs.append(str(e))
        msgs.sort()
        return ("failed", msgs)
    return [t.result() for t in tasks]


async def fetch_each(fetch, urls):
    async def safe(url):
        try:
            return await fetch(url)
        except Exception as error:
            return f"{type(error).__name__}: {error}"
    return await asyncio.gather(*(safe(u) for u in urls), return_exceptions=True)
