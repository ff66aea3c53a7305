# feedback: the slow save was cut off
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    saved = []
    for key, value in items.items():
        try:
            saved.append(await asyncio.wait_for(save(store, key, value), timeout=1))
        except asyncio.TimeoutError:
            print("too slow:", key)
    return saved
