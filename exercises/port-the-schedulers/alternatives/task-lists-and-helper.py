import asyncio


def elapsed(started_at: float) -> float:
    return asyncio.get_running_loop().time() - started_at


async def worker(name: str, steps: int, trace: list) -> None:
    i = 0
    while i < steps:
        trace.append(name + str(i))
        i += 1
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    tasks = [asyncio.create_task(worker(name, steps, trace)) for name, steps in specs]
    for task in tasks:
        await task
    return trace


async def ticker(name, delays, trace, started_at):
    trace.append((elapsed(started_at), name))
    for delay in delays:
        await asyncio.sleep(delay)
        trace.append((elapsed(started_at), name))


async def run_with_sleeps(specs):
    started_at = asyncio.get_running_loop().time()
    trace = []
    tasks = [asyncio.create_task(ticker(name, specs[name], trace, started_at)) for name in specs]
    await asyncio.wait(tasks)
    return trace
