import asyncio


async def worker(log):
    steps = 0
    try:
        while True:
            await asyncio.sleep(1)
            steps += 1
            log.append(f"step {steps}")
    except BaseException:
        log.append("cleanup")
        raise


async def stop_after(seconds, log):
    task = asyncio.create_task(worker(log))
    finished = asyncio.get_running_loop().create_future()
    task.add_done_callback(lambda t: finished.set_result(None))
    await asyncio.sleep(seconds)
    task.cancel()
    await finished
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.create_task(save(data))
    done, _ = await asyncio.wait([task], timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    return task.result() if done else "still saving"
