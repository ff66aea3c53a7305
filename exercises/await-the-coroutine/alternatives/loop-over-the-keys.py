import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    for key in items:
        result = await save(store, key, items[key])
        saved.append(result)
    return saved
