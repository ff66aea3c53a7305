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
    tasks = []
    for rid, delays in requests:
        tasks.append(asyncio.create_task(handle(rid, delays, lines)))
    for finished in asyncio.as_completed(tasks):
        await finished
    return lines


async def spawn_child(rid):
    request_id.set(rid)
    done = asyncio.Event()
    seen = {}

    async def child():
        seen["child"] = request_id.get()
        request_id.set(rid + "/child")
        done.set()

    task = asyncio.create_task(child())
    await done.wait()
    await task
    return seen["child"], request_id.get()
