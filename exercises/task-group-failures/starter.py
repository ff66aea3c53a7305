import asyncio


async def fetch_all(fetch, urls):
    ...


async def fetch_each(fetch, urls):
    ...
