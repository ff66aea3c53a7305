# feedback: the shield must stand between the timeout and the save
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
    try:
        async with asyncio.timeout(timeout):
            return await save(data)
    except TimeoutError:
        asyncio.shield(save(data))  # start it again, shielded
        return "still saving"