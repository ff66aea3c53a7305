import asyncio
import contextlib


async def worker(log):
    steps = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("cleanup")
            raise
        steps += 1
        log.append(f"step {steps}")


async def stop_after(seconds, log):
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    done, _ = await asyncio.wait({task}, timeout=timeout)  # wait never cancels what it waits for
    return task.result() if task in done else "still saving"
