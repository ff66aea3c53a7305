# feedback: 0 is a value like any other
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    for key, value in items.items():
        if not value:
            continue  # nothing to save
        saved.append(await save(store, key, value))
    return saved
