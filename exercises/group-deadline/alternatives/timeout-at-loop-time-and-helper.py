import asyncio
from typing import Optional


def page_of(task: asyncio.Task) -> Optional[str]:
    if task.cancelled():
        return None
    return task.result()


async def fetch_before(fetch, urls: list[str], deadline: float) -> list[Optional[str]]:
    loop = asyncio.get_running_loop()
    tasks: list[asyncio.Task] = []
    try:
        async with asyncio.timeout_at(loop.time() + deadline):
            async with asyncio.TaskGroup() as tg:
                tasks.extend(tg.create_task(fetch(u), name=u) for u in urls)
    except TimeoutError:
        pass
    return list(map(page_of, tasks))
