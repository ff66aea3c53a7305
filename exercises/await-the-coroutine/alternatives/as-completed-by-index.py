import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    keys = list(items)
    order = {key: i for i, key in enumerate(keys)}
    out = [None] * len(keys)
    for next_one in asyncio.as_completed([save(store, k, items[k]) for k in keys]):
        key = await next_one
        out[order[key]] = key
    return out
