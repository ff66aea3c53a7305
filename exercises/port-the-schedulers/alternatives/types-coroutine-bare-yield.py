import asyncio
import types


@types.coroutine
def step_aside():
    yield  # a bare yield in a generator-based coroutine: the Task gives one turn to the others


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await step_aside()


async def run_round_robin(specs):
    trace = []
    await asyncio.gather(*[worker(name, steps, trace) for name, steps in specs])
    return trace


async def ticker(name, delays, trace, started_at):
    now = lambda: asyncio.get_running_loop().time() - started_at
    for delay in delays:
        trace.append((now(), name))
        await asyncio.sleep(delay)
    trace.append((now(), name))


async def run_with_sleeps(specs):
    started_at = asyncio.get_running_loop().time()
    trace = []
    await asyncio.gather(*[ticker(n, d, trace, started_at) for n, d in specs.items()])
    return trace
