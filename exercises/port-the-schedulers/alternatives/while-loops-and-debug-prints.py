import asyncio


async def worker(name, steps, trace):
    i = 0
    while i < steps:
        trace.append(name + str(i))
        i += 1
        await asyncio.sleep(0)


async def run_round_robin(specs):
    trace = []
    tasks = []
    for name, steps in specs:
        tasks.append(asyncio.ensure_future(worker(name, steps, trace)))
    if tasks:
        await asyncio.wait(tasks)
    print("trace:", trace)
    return trace


async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()
    remaining = list(delays)
    while True:
        now = loop.time() - started_at
        trace.append((now, name))
        print(f"{now:5.2f} {name}")
        if not remaining:
            break
        await asyncio.sleep(remaining.pop(0))


async def run_with_sleeps(specs):
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    trace = []
    tasks = [loop.create_task(ticker(name, specs[name], trace, started_at)) for name in specs]
    for task in tasks:
        await task
    return trace
