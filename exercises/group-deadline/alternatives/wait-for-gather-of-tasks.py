import asyncio


async def fetch_before(fetch, urls: list[str], deadline: float) -> list:
    pages: dict[int, str] = {}

    async def keep(index: int, url: str) -> None:
        pages[index] = await fetch(url)

    tasks = [asyncio.create_task(keep(i, url)) for i, url in enumerate(urls)]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), deadline)
    except asyncio.TimeoutError:  # the same class as the built-in TimeoutError since 3.11
        print("deadline passed with", len(pages), "pages")
    return [pages.get(i) for i in range(len(urls))]
