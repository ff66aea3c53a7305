import asyncio


async def worker(log):
    n = 0
    try:
        while True:
            await asyncio.sleep(1)
            n += 1
            log.append(f"step {n}")
    except asyncio.CancelledError:
        log.append("cleanup")
        raise


async def stop_after(seconds, log):
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return task.cancelled()


async def save_shielded(save, data, timeout):
    saving = asyncio.ensure_future(save(data))
    try:
        for first in asyncio.as_completed([saving], timeout=timeout):
            return await first
    except TimeoutError:  # as_completed stops waiting, but never cancels what it waits for
        return "still saving"