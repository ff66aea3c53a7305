# feedback: instead of sleeping for a time you worked out
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    request_id.set(rid)
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))


async def serve(requests):
    lines = []
    for rid, delays in requests:
        asyncio.create_task(handle(rid, delays, lines))
    await asyncio.sleep(max((sum(d) for _, d in requests), default=0))
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    seen = []

    async def child():
        seen.append(request_id.get())
        request_id.set(rid + "/child")

    await asyncio.create_task(child())
    return seen[0], request_id.get()
