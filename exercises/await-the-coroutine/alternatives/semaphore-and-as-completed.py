import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    limit = asyncio.Semaphore(3)

    async def one(index, key, value):
        async with limit:
            return index, await save(store, key, value)

    keys = [None] * len(items)
    for done in asyncio.as_completed([one(i, k, v) for i, (k, v) in enumerate(items.items())]):
        index, key = await done
        keys[index] = key
    return keys
