import asyncio

running_saves = set()


async def worker(log):
    n = 1
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("cleanup")
            raise
        else:
            log.append(f"step {n}")
            n += 1


async def stop_after(seconds, log):
    task = asyncio.ensure_future(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    outcome, = await asyncio.gather(task, return_exceptions=True)
    print("worker ended with", type(outcome).__name__)
    return task.cancelled()


async def save_shielded(save, data, timeout):
    saving = asyncio.create_task(save(data))
    running_saves.add(saving)
    saving.add_done_callback(running_saves.discard)
    guard = asyncio.shield(saving)
    done, _ = await asyncio.wait([guard], timeout=timeout)
    if guard in done:
        return guard.result()
    return "still saving"
