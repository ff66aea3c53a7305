import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    token = request_id.set(rid)
    try:
        for i in range(len(delays)):
            await asyncio.sleep(delays[i])
            lines.append(log_line(f"step {i}"))
    finally:
        request_id.reset(token)


async def serve(requests):
    lines = []
    pending = {asyncio.create_task(handle(r, d, lines)) for r, d in requests}
    while pending:
        _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    box = {}

    async def child():
        box["seen"] = request_id.get()
        request_id.set(rid + "/child")

    await asyncio.wait_for(asyncio.create_task(child()), timeout=10)
    return box["seen"], request_id.get()
