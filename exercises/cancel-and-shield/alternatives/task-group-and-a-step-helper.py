import asyncio


async def step(log, n):
    await asyncio.sleep(1)
    log.append(f"step {n}")


async def worker(log):
    n = 1
    try:
        while True:
            await step(log, n)
            n += 1
    except asyncio.CancelledError:
        log.append("cleanup")
        raise


async def stop_after(seconds, log):
    async with asyncio.TaskGroup() as group:
        task = group.create_task(worker(log))
        await asyncio.sleep(seconds)
        task.cancel()
    # a child that ends cancelled is no error for the group: it waited for the cleanup, and raises nothing
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout)
    except TimeoutError:
        return "still saving"
