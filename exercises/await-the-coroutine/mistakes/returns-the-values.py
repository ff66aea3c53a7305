# feedback: those are the values
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    for k, v in items.items():
        await save(store, k, v)
        saved.append(v)
    return saved
