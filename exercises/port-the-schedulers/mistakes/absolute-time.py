# feedback: those are readings of the loop's clock, which does not start at 0
import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)  # the old bare yield: one turn for the others


async def run_round_robin(specs):
    trace = []
    await asyncio.gather(*(worker(name, steps, trace) for name, steps in specs))
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in delays:
        trace.append((loop.time(), name))
        await asyncio.sleep(delay)
    trace.append((loop.time(), name))


async def run_with_sleeps(specs):
    started_at = asyncio.get_running_loop().time()
    trace = []
    await asyncio.gather(*(ticker(name, delays, trace, started_at) for name, delays in specs.items()))
    return trace
