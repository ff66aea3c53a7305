import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return "[%s] %s" % (request_id.get(), message)


async def handle(rid, delays, lines):
    request_id.set(rid)
    i = 0
    while i < len(delays):
        await asyncio.sleep(delays[i])
        lines.append(log_line(f"step {i}"))
        i += 1


async def serve(requests):
    lines = []
    tasks = [asyncio.ensure_future(handle(rid, delays, lines)) for rid, delays in requests]
    if tasks:
        await asyncio.wait(tasks)
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    result = {}

    async def child():
        result["child"] = request_id.get()
        request_id.set(rid + "/child")

    async with asyncio.TaskGroup() as group:
        group.create_task(child())
    result["parent"] = request_id.get()
    return (result["child"], result["parent"])
