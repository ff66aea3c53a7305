# feedback: start them together with asyncio.gather
import asyncio


async def fetch_all(fetch, urls):
    results = []
    for url in urls:
        results.append(await fetch(url))  # waits for each fetch before starting the next
    return results
