# feedback: each with a time limit of its own
import asyncio


async def fetch_before(fetch, urls, deadline):
    pages = []
    for url in urls:
        try:
            pages.append(await asyncio.wait_for(fetch(url), deadline))
        except TimeoutError:
            pages.append(None)
    return pages
