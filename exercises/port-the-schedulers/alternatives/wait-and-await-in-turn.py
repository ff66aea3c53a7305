import asyncio


async def worker(name, steps, trace):
    count = 0
    while count < steps:
        trace.append(name + str(count))
        count += 1
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    tasks = [asyncio.create_task(worker(n, s, trace), name=n) for n, s in specs]
    if tasks:
        await asyncio.wait(tasks)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    stamp = lambda: trace.append((loop.time() - started_at, name))
    for delay in delays:
        stamp()
        await asyncio.sleep(delay)
    stamp()


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    trace = []
    tasks = [loop.create_task(ticker(name, specs[name], trace, started_at)) for name in specs]
    for t in tasks:
        await t
    return trace
