# feedback: The times hardly move
import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)  # the old bare yield: one turn for the others


async def run_round_robin(specs):
    trace = []
    await asyncio.gather(*(worker(name, steps, trace) for name, steps in specs))
    return trace


import time


async def ticker(name, delays, trace, started_at):
    for delay in delays:
        trace.append((time.monotonic() - started_at, name))
        await asyncio.sleep(delay)
    trace.append((time.monotonic() - started_at, name))


async def run_with_sleeps(specs):
    started_at = time.monotonic()
    trace = []
    await asyncio.gather(*(ticker(name, delays, trace, started_at) for name, delays in specs.items()))
    return trace
