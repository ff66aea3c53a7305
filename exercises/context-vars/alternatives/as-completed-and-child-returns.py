import asyncio
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")


def log_line(message: str) -> str:
    rid = request_id.get()
    return "[" + rid + "] " + message


async def handle(rid: str, delays: list[float], lines: list[str]) -> None:
    request_id.set(rid)
    i = 0
    while i < len(delays):
        await asyncio.sleep(delays[i])
        lines.append(log_line(f"step {i}"))
        i += 1


async def serve(requests):
    lines: list[str] = []
    for finished in asyncio.as_completed([handle(rid, delays, lines) for rid, delays in requests]):
        await finished
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        seen = request_id.get()
        request_id.set(rid + "/child")
        return seen

    loop = asyncio.get_running_loop()
    child_saw = await loop.create_task(child())
    return (child_saw, request_id.get())
