# feedback: instead of sleeping for a time you guessed
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    for k, v in items.items():
        asyncio.create_task(save(store, k, v))
    await asyncio.sleep(1)  # plenty of time for the saves
    return list(items)
