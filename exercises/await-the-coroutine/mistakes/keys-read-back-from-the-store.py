# feedback: in the order the store holds them
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    for key, value in items.items():
        await save(store, key, value)
    return [key for key in store if key in items]
