import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    rid = request_id.get()
    return f"[{rid}] {message}"


async def handle(rid, delays, lines):
    request_id.set(rid)
    for step, delay in enumerate(delays):
        await asyncio.sleep(delay)
        line = log_line(f"step {step}")
        print(line)
        lines.append(line)


async def serve(requests):
    lines = []
    loop = asyncio.get_running_loop()
    # each task gets a fresh copy of the caller's context, spelled out
    tasks = [loop.create_task(handle(rid, delays, lines), context=contextvars.copy_context())
             for rid, delays in requests]
    for task in tasks:
        await task
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    box = {}

    async def child():
        box["seen"] = request_id.get()
        request_id.set(f"{rid}/child")

    task = asyncio.ensure_future(child())
    await task
    return box["seen"], request_id.get()
