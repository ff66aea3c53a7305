import asyncio


async def worker(name, steps, trace):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)  # one turn for the others


async def run_round_robin(specs):
    trace = []
    await asyncio.gather(*(worker(name, steps, trace) for name, steps in specs))
    return trace



async def ticker(name, delays, trace, started_at):
    loop = asyncio.get_running_loop()

    def mark():
        trace.append((loop.time() - started_at, name))

    mark()
    for delay in delays:
        done = loop.create_future()
        loop.call_later(delay, done.set_result, None)
        await done
        mark()


async def run_with_sleeps(specs):
    started_at = asyncio.get_running_loop().time()
    trace = []
    await asyncio.gather(*map(lambda item: ticker(item[0], item[1], trace, started_at), specs.items()))
    return trace
