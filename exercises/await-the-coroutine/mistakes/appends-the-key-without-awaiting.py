# feedback: never awaited
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    for key, value in items.items():
        save(store, key, value)
        saved.append(key)
    return saved
