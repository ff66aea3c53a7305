# feedback: the id handle set is not the one log_line reads
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    current = contextvars.ContextVar("request_id", default="-")
    current.set(rid)
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))


async def serve(requests):
    lines = []
    await asyncio.gather(*(asyncio.create_task(handle(r, d, lines)) for r, d in requests))
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        seen = request_id.get()
        request_id.set(rid + "/child")
        return seen

    seen = await asyncio.create_task(child())
    return seen, request_id.get()
