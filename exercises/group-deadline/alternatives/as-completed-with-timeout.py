import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = [None] * len(urls)

    async def numbered(i, url):
        return i, await fetch(url)

    tasks = [asyncio.create_task(numbered(i, url)) for i, url in enumerate(urls)]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=deadline):
            i, page = await next_done
            pages[i] = page
    except TimeoutError:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return pages
