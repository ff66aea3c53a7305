# feedback: the request id leaked out to the caller
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return f"[{request_id.get()}] {message}"


async def handle(rid, delays, lines):
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {i}"))


async def serve(requests):
    lines = []
    tasks = []
    for rid, delays in requests:
        request_id.set(rid)  # the task copies the context now, so it sees rid... but so does the caller
        tasks.append(asyncio.create_task(handle(rid, delays, lines)))
    await asyncio.gather(*tasks)
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    seen = []

    async def child():
        seen.append(request_id.get())
        request_id.set(rid + "/child")

    await asyncio.create_task(child())
    return seen[0], request_id.get()
