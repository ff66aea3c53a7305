# feedback: read a task's result before the task had finished
import asyncio


async def save(store, key, value):
    await asyncio.sleep(0.5)  # pretend to talk to a database
    store[key] = value
    return key


async def save_all(store, items):
    tasks = [asyncio.create_task(save(store, k, v)) for k, v in items.items()]
    return [task.result() for task in tasks]
