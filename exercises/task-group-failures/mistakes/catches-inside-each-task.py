# feedback: Let the ValueError out of the task
import asyncio

async def fetch_all(fetch, urls):
    messages = []

    async def guarded(url):
        try:
            return await fetch(url)
        except ValueError as error:
            messages.append(str(error))

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(guarded(url)) for url in urls]
    if messages:
        return ("failed", sorted(messages))
    return [task.result() for task in tasks]

async def fetch_each(fetch, urls):
    results = await asyncio.gather(*(fetch(url) for url in urls), return_exceptions=True)
    return [f"{type(r).__name__}: {r}" if isinstance(r, BaseException) else r for r in results]

