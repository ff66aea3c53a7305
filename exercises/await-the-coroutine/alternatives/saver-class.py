import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


class Saver:
    def __init__(self, store):
        self.store = store
        self.saved: list[str] = []

    async def put(self, key, value):
        self.saved.append(await save(self.store, key, value))


async def save_all(store, items):
    saver = Saver(store)
    for key, value in items.items():
        await saver.put(key, value)
    return saver.saved
