import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    queue = asyncio.Queue()
    for pair in items.items():
        queue.put_nowait(pair)
    saved = []
    while not queue.empty():
        key, value = await queue.get()
        saved.append(await save(store, key, value))
        queue.task_done()
    return saved
