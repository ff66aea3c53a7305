# feedback: keep what they are given in a set
import asyncio
from typing import Dict, List, Tuple


async def worker(name: str, steps: int, trace: List[str]) -> None:
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def run_round_robin(specs: List[Tuple[str, int]]) -> List[str]:
    trace: List[str] = []
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(worker(name, steps, trace)) for name, steps in specs]
    if tasks:
        await asyncio.wait(tasks)
    return trace


async def ticker(name, delays, trace, started_at):
    now = lambda: asyncio.get_running_loop().time() - started_at
    for delay in delays:
        trace.append((now(), name))
        await asyncio.sleep(delay)
    trace.append((now(), name))


async def run_with_sleeps(specs: Dict[str, List[float]]):
    started_at = asyncio.get_running_loop().time()
    trace = []
    for coro in asyncio.as_completed([ticker(n, d, trace, started_at) for n, d in specs.items()]):
        await coro
    return trace
