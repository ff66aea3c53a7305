import asyncio


async def fetch_all(fetch, urls):
    pages = [None] * len(urls)

    async def fetch_into(index, url):
        pages[index] = await fetch(url)

    errors = ()
    try:
        async with asyncio.TaskGroup() as group:
            for index, url in enumerate(urls):
                group.create_task(fetch_into(index, url))
    except* ValueError as group_error:
        errors = group_error.exceptions
    return ("failed", sorted([str(e) for e in errors])) if errors else pages


async def fetch_each(fetch, urls):
    async def safely(url):
        return await fetch(url)

    answers = []
    for item in await asyncio.gather(*map(safely, urls), return_exceptions=True):
        if isinstance(item, Exception):
            item = "%s: %s" % (item.__class__.__name__, item)
        answers.append(item)
    return answers
