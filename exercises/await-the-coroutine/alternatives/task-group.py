import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store: dict, items: dict) -> list:
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(save(store, key, value)) for key, value in items.items()]
    return [task.result() for task in tasks]
