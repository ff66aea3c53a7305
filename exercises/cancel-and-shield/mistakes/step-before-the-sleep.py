# feedback: Each step comes after its 1-second sleep
import asyncio


async def worker(log):
    n = 1
    try:
        while True:
            log.append(f"step {n}")
            n += 1
            await asyncio.sleep(1)
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
    task = asyncio.create_task(save(data))
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout)
    except TimeoutError:
        return "still saving"
