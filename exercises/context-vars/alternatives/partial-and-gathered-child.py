import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(message):
    return "[{}] {}".format(request_id.get(), message)


async def handle(rid, delays, lines):
    request_id.set(rid)
    for i, delay in enumerate(delays):
        await asyncio.sleep(delay)
        print("handled", rid, i)
        lines.append(log_line("step %d" % i))


async def serve(requests):
    lines = []
    run = functools.partial(handle, lines=lines)
    await asyncio.gather(*(asyncio.ensure_future(run(rid, delays)) for rid, delays in requests))
    return lines


async def _child(rid):
    seen = request_id.get()
    request_id.set(rid + "/child")
    return seen


async def spawn_child(rid):
    request_id.set(rid)
    [seen] = await asyncio.gather(_child(rid))
    return seen, request_id.get()
