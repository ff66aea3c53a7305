import asyncio


async def fetch_all(fetch, urls: list[str]) -> list:
    started = [asyncio.create_task(fetch(url)) for url in urls]  # all running from here on
    pages = []
    for task in started:
        pages.append(await task)
    print(f"fetched {len(pages)} pages")
    return pages
