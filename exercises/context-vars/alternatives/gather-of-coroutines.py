import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    request_id.set(rid)  # only this task's copy of the context changes
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))
async def serve(requests):
    lines: list[str] = []
    await asyncio.gather(*(handle(rid, delays, lines) for rid, delays in requests))  # gather makes the tasks
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        seen = request_id.get()
        request_id.set(rid + "/child")
        return seen

    seen, = await asyncio.gather(child())
    return seen, request_id.get()
