import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message: str) -> str:
    return f"[{request_id.get()}] {message}"


class Request:
    def __init__(self, rid, delays):
        self.rid, self.delays = rid, delays

    async def run(self, lines):
        await handle(self.rid, self.delays, lines)


async def handle(rid, delays, lines):
    request_id.set(rid)
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))


async def serve(requests):
    lines = []
    async with asyncio.TaskGroup() as tg:
        for req in (Request(*pair) for pair in requests):
            tg.create_task(req.run(lines))
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        seen = request_id.get()
        request_id.set(f"{rid}/child")
        return seen

    child_saw = await asyncio.create_task(child())
    return child_saw, request_id.get()
