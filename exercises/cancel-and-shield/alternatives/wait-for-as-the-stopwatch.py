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
        raise  # let whoever cancelled us see it

async def stop_after(seconds, log):
    task = asyncio.create_task(worker(log))
    try:
        await asyncio.wait_for(task, seconds)  # on timeout it cancels the task and waits for it
    except TimeoutError:
        pass
    return task.cancelled()


async def save_shielded(save, data, timeout):
    try:
        return await asyncio.wait_for(asyncio.shield(save(data)), timeout)
    except asyncio.TimeoutError:
        return "still saving"
