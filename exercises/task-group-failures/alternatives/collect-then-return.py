import asyncio


async def fetch_all(fetch, urls: list[str]):
    messages: list[str] = []
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for url in urls:
                tasks.append(tg.create_task(fetch(url), name=url))
    except* ValueError as eg:
        messages.extend(map(str, eg.exceptions))
    if messages:
        print("failed:", messages)
        return "failed", sorted(messages)
    return [t.result() for t in tasks]


def describe(outcome):
    if isinstance(outcome, Exception):
        return type(outcome).__name__ + ": " + str(outcome)
    return outcome


async def fetch_each(fetch, urls):
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    return list(map(describe, outcomes))
