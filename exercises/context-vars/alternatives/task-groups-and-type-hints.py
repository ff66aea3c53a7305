import asyncio
import contextvars

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def current() -> str:
    return request_id.get()


def log_line(message: str) -> str:
    return "[%s] %s" % (current(), message)


async def handle(rid: str, delays: list[float], lines: list[str]) -> None:
    request_id.set(rid)
    step = 0
    for delay in delays:
        await asyncio.sleep(delay)
        lines.append(log_line(f"step {step}"))
        step += 1


async def serve(requests):
    lines: list[str] = []
    async with asyncio.TaskGroup() as tg:
        for rid, delays in requests:
            tg.create_task(handle(rid, delays, lines))
    return lines


async def spawn_child(rid):
    request_id.set(rid)

    async def child():
        saw = request_id.get()
        request_id.set(rid + "/child")
        return saw

    async with asyncio.TaskGroup() as tg:
        task = tg.create_task(child())
    return task.result(), request_id.get()
