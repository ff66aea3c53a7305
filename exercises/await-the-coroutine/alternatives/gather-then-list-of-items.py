import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    await asyncio.gather(*(save(store, k, v) for k, v in items.items()))
    return list(items)  # save returns its key, so these are the saved keys
