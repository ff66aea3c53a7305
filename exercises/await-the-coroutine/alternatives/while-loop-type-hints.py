import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store: dict, items: dict) -> list[str]:
    pairs = iter(items.items())
    saved: list[str] = []
    while True:
        try:
            key, value = next(pairs)
        except StopIteration:
            break
        print(f"saving {key}")
        saved.append(await save(store, key, value))
    return saved
