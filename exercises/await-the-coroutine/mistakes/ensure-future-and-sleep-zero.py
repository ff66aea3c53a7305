# feedback: before the saves finished
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    for key, value in items.items():
        asyncio.ensure_future(save(store, key, value))
    await asyncio.sleep(0)
    return list(items)
