import asyncio


async def worker(name, steps, trace):
    ...


async def run_round_robin(specs):
    ...


async def ticker(name, delays, trace, started_at):
    ...


async def run_with_sleeps(specs):
    ...
