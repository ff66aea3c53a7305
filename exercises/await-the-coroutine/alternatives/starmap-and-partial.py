import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


import functools
import itertools


async def save_all(store, items):
    calls = itertools.starmap(functools.partial(save, store), items.items())
    return [*await asyncio.gather(*calls)]
