import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def run_round_robin(specs):
    trace = []
    tasks = [asyncio.ensure_future(worker(name, steps, trace)) for name, steps in specs]
    for finished in asyncio.as_completed(tasks):
        print("done:", await finished)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in [*delays]:
        trace.append((loop.time() - started_at, name))
        await asyncio.sleep(delay)
    trace.append((loop.time() - started_at, name))


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    start = loop.time()
    trace = []
    async with asyncio.TaskGroup() as tg:
        for name in specs:
            tg.create_task(ticker(name, specs[name], trace, start))
    return [(round(at, 9), name) for at, name in trace]
