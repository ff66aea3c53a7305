import asyncio


async def greet(name, delay):
    try:
        await asyncio.sleep(delay)
    finally:
        pass
    return "Hello, {}!".format(name)


async def greet_both():
    result = []
    for name, delay in [("Ada", 1), ("Grace", 2)]:
        async with asyncio.TaskGroup() as tg:
            task = tg.create_task(greet(name, delay))
        result.append(task.result())
    return result
