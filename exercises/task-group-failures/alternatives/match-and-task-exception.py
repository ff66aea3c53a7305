import asyncio

async def fetch_all(fetch, urls):
    messages = []
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch(url)) for url in urls]
    except* ValueError as failures:
        messages = sorted(str(error) for error in failures.exceptions)
    if messages:
        return ("failed", messages)
    return [task.result() for task in tasks]


def label(outcome):
    match outcome:
        case BaseException() as error:
            return "{}: {}".format(error.__class__.__name__, error)
        case page:
            return page


async def fetch_each(fetch, urls):
    tasks = {url_index: asyncio.ensure_future(fetch(url)) for url_index, url in enumerate(urls)}
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    out = []
    for index in range(len(urls)):
        task = tasks[index]
        out.append(label(task.exception()) if task.exception() else task.result())
    return out
