# feedback: loop over it with a plain for
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    async for key, value in items.items():
        saved.append(await save(store, key, value))
    return saved
