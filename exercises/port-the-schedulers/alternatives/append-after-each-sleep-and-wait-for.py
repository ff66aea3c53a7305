import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append("%s%d" % (name, i))
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    coros = [worker(name, steps, trace) for name, steps in specs]
    results = await asyncio.gather(*coros, return_exceptions=False)
    assert all(r is None for r in results)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    trace.append((loop.time() - started_at, name))
    for delay in delays:
        await asyncio.wait_for(asyncio.sleep(delay), timeout=delay + 1)
        trace.append((loop.time() - started_at, name))


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    trace = []
    async with asyncio.timeout(1000):
        await asyncio.gather(*[asyncio.create_task(ticker(k, v, trace, started_at)) for k, v in specs.items()])
    return trace
