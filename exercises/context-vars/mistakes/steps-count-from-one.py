# feedback: Every step number is one too high
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    request_id.set(rid)
    i = 0
    for delay in delays:
        i += 1
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))


async def serve(requests):
    lines = []
    await asyncio.gather(*[asyncio.create_task(handle(r, d, lines)) for r, d in requests])
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    seen = []

    async def child():
        seen.append(request_id.get())
        request_id.set(rid + "/child")

    await asyncio.create_task(child())
    return seen[0], request_id.get()
