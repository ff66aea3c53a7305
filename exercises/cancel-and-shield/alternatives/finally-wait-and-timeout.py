import asyncio
import itertools

background = set()  # keeps the saves that outlive their caller referenced


async def worker(log: list) -> None:
    try:
        for n in itertools.count(1):
            await asyncio.sleep(1)
            log.append("step %d" % n)
    finally:
        log.append("cleanup")  # finally runs on cancellation too, and the CancelledError goes on


async def stop_after(seconds: float, log: list) -> bool:
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(seconds)
    task.cancel()
    await asyncio.wait([task])  # wait returns once the task is done, without raising its CancelledError
    return task.cancelled()


async def save_shielded(save, data, timeout):
    task = asyncio.ensure_future(save(data))
    background.add(task)
    task.add_done_callback(background.discard)
    try:
        async with asyncio.timeout(timeout):
            return await asyncio.shield(task)
    except TimeoutError:
        print("save still running after", timeout, "s")
        return "still saving"
