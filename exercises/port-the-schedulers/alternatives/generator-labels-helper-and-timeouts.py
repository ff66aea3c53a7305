import asyncio
from typing import Iterator


def labels(name: str, steps: int) -> Iterator[str]:
    """Plain generator: the labels a worker appends."""
    for i in range(steps):
        yield f"{name}{i}"


async def worker(name: str, steps: int, trace: list[str]) -> None:
    for label in labels(name, steps):
        trace.append(label)
        await asyncio.sleep(0)


async def run_round_robin(specs: list[tuple[str, int]]) -> list[str]:
    trace: list[str] = []
    async with asyncio.timeout(60):
        tasks = [asyncio.create_task(worker(name, steps, trace)) for name, steps in specs]
        for task in tasks:
            await task
    return trace


def since(started_at: float) -> float:
    return asyncio.get_running_loop().time() - started_at


async def ticker(name: str, delays: list[float], trace: list, started_at: float) -> None:
    for delay in delays:
        trace.append((since(started_at), name))
        await asyncio.sleep(delay)
    trace.append((since(started_at), name))


async def run_with_sleeps(specs: dict[str, list[float]]) -> list[tuple[float, str]]:
    started_at = asyncio.get_running_loop().time()
    trace: list = []
    await asyncio.wait_for(asyncio.gather(*[ticker(n, d, trace, started_at) for n, d in specs.items()]), timeout=600)
    return trace
