import asyncio
from dataclasses import dataclass, field


@dataclass
class Port:
    trace: list = field(default_factory=list)

    async def work(self, name, steps):
        for i in range(steps):
            self.trace.append(f"{name}{i}")
            await asyncio.sleep(0)


async def worker(name, steps, trace):
    port = Port(trace)
    await port.work(name, steps)


async def run_round_robin(specs):
    port = Port()
    async with asyncio.TaskGroup() as tg:
        for name, steps in specs:
            tg.create_task(port.work(name, steps))
    return port.trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    for delay in [*delays, None]:
        trace.append((loop.time() - started_at, name))
        if delay is not None:
            await asyncio.sleep(delay)


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    start = loop.time()
    trace = []
    tasks = []
    for name, delays in specs.items():
        tasks.append(loop.create_task(ticker(name, delays, trace, start)))
    for task in tasks:
        await task
    return trace
