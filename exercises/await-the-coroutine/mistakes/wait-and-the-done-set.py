# feedback: the right keys in another order
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    if not items:
        return []
    done, _ = await asyncio.wait([asyncio.create_task(save(store, k, v)) for k, v in items.items()])
    return [t.result() for t in done]
