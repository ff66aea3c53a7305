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
    await asyncio.gather(*map(lambda req: handle(req[0], req[1], lines), requests))
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        try:
            return request_id.get()
        finally:
            request_id.set(rid + "/child")

    [child_saw] = await asyncio.gather(child())
    return child_saw, request_id.get()
