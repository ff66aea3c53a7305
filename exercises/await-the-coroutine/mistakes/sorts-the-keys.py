# feedback: sorted alphabetically
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    keys = await asyncio.gather(*[save(store, k, v) for k, v in items.items()])
    return sorted(keys)
