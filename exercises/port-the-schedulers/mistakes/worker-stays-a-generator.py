# feedback: not a coroutine function
import asyncio


def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        yield


async def run_round_robin(specs):
    trace = []
    for name, steps in specs:
        for _ in worker(name, steps, trace):
            await asyncio.sleep(0)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in delays:
        trace.append((loop.time() - started_at, name))
        await asyncio.sleep(delay)
    trace.append((loop.time() - started_at, name))


async def run_with_sleeps(specs):
    started_at = asyncio.get_running_loop().time()
    trace = []
    await asyncio.gather(*(ticker(name, delays, trace, started_at) for name, delays in specs.items()))
    return trace

