# feedback: the handles share one context
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
    shared = contextvars.copy_context()  # one context for the requests
    loop = asyncio.get_running_loop()
    await asyncio.gather(*[loop.create_task(handle(rid, delays, lines), context=shared)
                           for rid, delays in requests])
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    seen = []

    async def child():
        seen.append(request_id.get())
        request_id.set(rid + "/child")

    await asyncio.create_task(child())
    return seen[0], request_id.get()
