# feedback: popitem() takes the last item first
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    while items:
        key, value = items.popitem()
        saved.append(await save(store, key, value))
    return saved
