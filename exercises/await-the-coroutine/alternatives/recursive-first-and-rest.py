import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    if not items:
        return []
    (key, value), *rest = items.items()
    first = await save(store, key, value)
    return [first] + await save_all(store, dict(rest))
