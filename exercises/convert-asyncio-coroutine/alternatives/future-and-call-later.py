import asyncio


async def greet(name, delay):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(delay, done.set_result, None)
    await done
    return "Hello, %s!" % name


async def greet_both():
    first = await asyncio.create_task(greet("Ada", 1))
    second = await asyncio.ensure_future(greet("Grace", 2))
    return [first, second]
