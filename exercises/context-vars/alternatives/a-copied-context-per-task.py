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
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(handle(rid, delays, lines), context=contextvars.copy_context())
             for rid, delays in requests]
    for task in tasks:
        await task
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    box = {}

    def read_then_change():
        box["saw"] = request_id.get()
        request_id.set(rid + "/child")

    async def child():
        read_then_change()

    await asyncio.get_running_loop().create_task(child(), context=contextvars.copy_context())
    return (box["saw"], request_id.get())
