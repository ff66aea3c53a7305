import asyncio


async def worker(name, steps, trace):
    lock = asyncio.Lock()
    for i in range(steps):
        async with lock:
            trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    async with asyncio.TaskGroup() as group:
        for name, steps in specs:
            group.create_task(worker(name, steps, trace))
    return list(trace)


async def ticker(name, delays, trace, started_at):
    clock = asyncio.get_running_loop().time
    for delay in [*delays, None]:
        trace.append((clock() - started_at, name))
        if delay is not None:
            await asyncio.sleep(delay)


async def run_with_sleeps(specs):
    trace = []
    started_at = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as group:
        for name, delays in specs.items():
            group.create_task(ticker(name, delays, trace, started_at))
    return trace
