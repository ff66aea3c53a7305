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
    print("serving", len(requests), "requests")
    pending = {asyncio.ensure_future(handle(rid, delays, lines)) for rid, delays in requests}
    while pending:
        _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    return lines


class Child:
    def __init__(self, rid):
        self.rid = rid
        self.saw = None

    async def run(self):
        self.saw = request_id.get()
        request_id.set(self.rid + "/child")


async def spawn_child(rid):
    request_id.set(rid)
    child = Child(rid)
    await asyncio.wait([asyncio.create_task(child.run())])
    return child.saw, request_id.get()
