import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    tasks = [asyncio.ensure_future(save(store, k, v)) for k, v in items.items()]
    if tasks:
        await asyncio.wait(tasks)
    return [t.result() for t in tasks]
