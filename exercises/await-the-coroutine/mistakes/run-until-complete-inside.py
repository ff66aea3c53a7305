# feedback: this loop is already running
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    loop = asyncio.get_event_loop()
    saved = []
    for key, value in items.items():
        saved.append(loop.run_until_complete(save(store, key, value)))
    return saved
