import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    tasks = [asyncio.create_task(save(store, key, value)) for key, value in items.items()]
    saved = []
    for task in tasks:
        saved.append(await task)
        print("saved", saved[-1])
    return saved
