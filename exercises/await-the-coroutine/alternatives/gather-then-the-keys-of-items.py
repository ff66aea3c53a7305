import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store: dict, items: dict) -> list:
    """Save every item concurrently; the keys saved are exactly the keys of items."""
    await asyncio.gather(*(save(store, key, value) for key, value in items.items()))
    return list(items)
