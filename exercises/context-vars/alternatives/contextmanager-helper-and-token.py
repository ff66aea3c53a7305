import asyncio
import contextvars
from contextlib import contextmanager

request_id = contextvars.ContextVar("request_id", default="-")


@contextmanager
def in_request(rid):
    token = request_id.set(rid)
    try:
        yield
    finally:
        request_id.reset(token)


def log_line(message):
    return "[" + request_id.get() + "] " + message


async def handle(rid, delays, lines):
    with in_request(rid):
        for i, delay in enumerate(delays):
            await asyncio.sleep(delay)
            lines.append(log_line("step " + str(i)))


async def serve(requests):
    lines = []
    if not requests:
        return lines
    await asyncio.wait([asyncio.create_task(handle(r, d, lines)) for r, d in requests])
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        seen = request_id.get()
        request_id.set(f"{rid}/child")
        return seen

    child_task = asyncio.create_task(child())
    child_saw = await asyncio.wait_for(child_task, timeout=None)
    return child_saw, request_id.get()
