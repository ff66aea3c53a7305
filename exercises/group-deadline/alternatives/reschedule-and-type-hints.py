import asyncio
from typing import Awaitable, Callable, Optional


async def fetch_before(fetch: Callable[[str], Awaitable[str]], urls: list[str], deadline: float) -> list[Optional[str]]:
    tasks: list[asyncio.Task] = []
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + deadline)
            async with asyncio.TaskGroup() as group:
                for url in urls:
                    tasks.append(group.create_task(fetch(url)))
    except TimeoutError:
        pass
    out = []
    for task in tasks:
        if task.cancelled():
            out.append(None)
        else:
            out.append(task.result())
    return out
