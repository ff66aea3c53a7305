import asyncio


async def fetch_all(fetch, urls):
    problems = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(u)) for u in urls]
    except* ValueError as eg:
        problems = [str(e) for e in eg.exceptions]
    if len(problems) > 0:
        problems.sort()
        return ("failed", problems)
    return [await t for t in tasks]  # all done: awaiting a finished task gives its result at once


async def fetch_each(fetch, urls):
    outcomes = await asyncio.gather(*[fetch(u) for u in urls], return_exceptions=True)
    entries = {}
    for url_index, outcome in zip(range(len(urls)), outcomes):
        if isinstance(outcome, Exception):
            entries[url_index] = type(outcome).__name__ + ": " + str(outcome)
        else:
            entries[url_index] = outcome
    return [entries[i] for i in range(len(urls))]
