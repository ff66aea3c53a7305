import asyncio


async def worker(log: list[str]) -> None:
    count = 0
    try:
        while True:
            await asyncio.sleep(1)
            count += 1
            log.append(f"step {count}")
    except BaseException:
        log.append("cleanup")
        raise


async def stop_after(seconds: float, log: list[str]) -> bool:
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    while not task.done():
        await asyncio.wait([task])
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + timeout):
            return await asyncio.shield(task)
    except TimeoutError:
        return "still saving"
