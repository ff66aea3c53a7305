import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        await asyncio.sleep(0)  # stepping aside first gives the same turns
        trace.append(f"{name}{i}")


async def run_round_robin(specs):
    trace = []
    async with asyncio.TaskGroup() as group:
        for name, steps in specs:
            group.create_task(worker(name, steps, trace))
    print(trace)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in [*delays, None]:
        trace.append((loop.time() - started_at, name))
        if delay is not None:
            await asyncio.sleep(delay)


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    trace = []
    start = loop.time()
    async with asyncio.TaskGroup() as group:
        for name, delays in specs.items():
            group.create_task(ticker(name, delays, trace, start))
    return trace
