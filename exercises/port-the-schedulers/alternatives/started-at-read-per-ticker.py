import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    await asyncio.gather(*(worker(name, steps, trace) for name, steps in specs))
    return trace



async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in delays:
        trace.append((loop.time() - started_at, name))
        await asyncio.sleep(delay)
    trace.append((loop.time() - started_at, name))


async def run_with_sleeps(specs):
    trace = []
    await asyncio.gather(*(ticker(name, delays, trace, asyncio.get_running_loop().time())
                           for name, delays in specs.items()))
    return trace
