# feedback: task.cancel() only says whether the request to cancel was made
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
    stopped = task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return stopped


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout)
    except TimeoutError:
        return "still saving"
