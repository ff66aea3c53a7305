# feedback: The steps count on from an earlier call
import asyncio


steps = 0


async def worker(log):
    global steps
    try:
        while True:
            await asyncio.sleep(1)
            steps += 1
            log.append(f"step {steps}")
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
