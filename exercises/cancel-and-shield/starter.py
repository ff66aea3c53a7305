import asyncio


async def worker(log):
    ...


async def stop_after(seconds, log):
    ...


async def save_shielded(save, data, timeout):
    ...
