# feedback: those are the Task objects themselves
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = [asyncio.create_task(save(store, k, v)) for k, v in items.items()]
    await asyncio.gather(*saved)
    return saved
