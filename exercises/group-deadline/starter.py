import asyncio


async def fetch_before(fetch, urls, deadline):
    ...
