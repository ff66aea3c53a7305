import asyncio


async def fetch_all(fetch, urls: list[str]) -> list[str] | tuple[str, list[str]]:
    if not urls:
        return []
    bad: list[str] = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {url_i: tg.create_task(fetch(url)) for url_i, url in enumerate(urls)}
    except* ValueError as eg:
        for error in eg.exceptions:
            print("bad page:", error)
            bad.append(str(error))
    if bad:
        bad.sort()
        return ("failed", bad)
    return [tasks[i].result() for i in range(len(urls))]


async def fetch_each(fetch, urls: list[str]) -> list[str]:
    if not urls:
        return []
    results = await asyncio.gather(*[asyncio.ensure_future(fetch(u)) for u in urls], return_exceptions=True)
    out = []
    for r in results:
        if isinstance(r, BaseException):
            print("failed:", repr(r))
            out.append(f"{r.__class__.__name__}: {r!s}")
        else:
            out.append(r)
    return out
