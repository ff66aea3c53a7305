import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store: dict, items: dict) -> list:
    tasks = [asyncio.create_task(save(store, key, value), name=f"save-{key}") for key, value in items.items()]
    for task in tasks:
        print("waiting for", task.get_name())
    done, _ = await asyncio.wait(tasks) if tasks else (set(), set())
    return [task.result() for task in tasks]
