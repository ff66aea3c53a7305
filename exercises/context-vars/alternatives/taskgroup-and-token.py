import asyncio
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")


def log_line(message: str) -> str:
    return "[" + request_id.get() + "] " + message


async def handle(rid, delays, lines):
    token = request_id.set(rid)
    try:
        for i in range(len(delays)):
            await asyncio.sleep(delays[i])
            lines.append(log_line("step " + str(i)))
    finally:
        request_id.reset(token)  # tidy, though the task's copy of the context dies with it anyway


async def serve(requests):
    lines = []
    async with asyncio.TaskGroup() as group:
        for rid, delays in requests:
            group.create_task(handle(rid, delays, lines))
    return lines


async def read_then_change(rid):
    seen = request_id.get()
    request_id.set(rid + "/child")
    return seen


async def spawn_child(rid):
    request_id.set(rid)
    child_saw = await asyncio.create_task(read_then_change(rid))
    return (child_saw, request_id.get())
