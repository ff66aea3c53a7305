# feedback: the worker swallowed the CancelledError
import asyncio


async def worker(log):
    n = 1
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            break
        finally:
            pass
        log.append(f"step {n}")
        n += 1
    log.append("cleanup")


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
    task = asyncio.create_task(save(data))
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout)
    except TimeoutError:
        return "still saving"
