# feedback: The child reported its own new value
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
    await asyncio.gather(*[asyncio.create_task(handle(rid, delays, lines)) for rid, delays in requests])
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        request_id.set(rid + "/child")
        return request_id.get()

    child_saw = await asyncio.create_task(child())
    return child_saw, request_id.get()
