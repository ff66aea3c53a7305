import asyncio


async def worker(log):
    n = 1
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("worker cancelled after", n - 1, "steps")
            log.append("cleanup")
            raise
        log.append("step %d" % n)
        n += 1


async def stop_after(seconds, log):
    loop = asyncio.get_running_loop()
    task = loop.create_task(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    await asyncio.wait([task])
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    try:
        async with asyncio.timeout(timeout):
            return await asyncio.shield(task)
    except TimeoutError:
        return "still saving"
