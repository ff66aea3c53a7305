import asyncio


async def nap(seconds):
    """asyncio.sleep by hand: a future that the loop resolves after `seconds`."""
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(seconds, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()


async def worker(name, steps, trace):
    i = 0
    while i < steps:
        trace.append(name + str(i))
        i += 1
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    tasks = [asyncio.ensure_future(worker(n, s, trace)) for n, s in specs]
    for t in tasks:
        await t
    return trace


async def ticker(name, delays, trace, started_at):
    clock = asyncio.get_running_loop().time
    trace.append((clock() - started_at, name))
    for delay in delays:
        await nap(delay)
        trace.append((clock() - started_at, name))


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    trace = []
    async with asyncio.TaskGroup() as tg:
        for name in specs:
            tg.create_task(ticker(name, specs[name], trace, t0))
    return trace
