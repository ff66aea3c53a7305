import asyncio
import contextlib


async def worker(log: list[str]) -> None:
    """Log a step every second until cancelled; then log the cleanup."""
    try:
        for n in __import__("itertools").count(1):
            await asyncio.sleep(1)
            log.append(f"step {n}")
    finally:
        log.append("cleanup")


async def stop_after(seconds: float, log: list[str]) -> bool:
    task = asyncio.ensure_future(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return task.cancelled()


async def save_shielded(save, data, timeout):
    try:
        return await asyncio.wait_for(asyncio.shield(save(data)), timeout=timeout)
    except asyncio.TimeoutError:
        return "still saving"
