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
    saving = asyncio.create_task(save(data))
    finished = asyncio.Event()
    saving.add_done_callback(lambda _: finished.set())
    try:
        await asyncio.wait_for(finished.wait(), timeout)
    except TimeoutError:
        return "still saving"
    return saving.result()