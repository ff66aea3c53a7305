# feedback: asyncio.wait takes Tasks, not coroutine objects
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    return "Hello, " + name + "!"


async def greet_both():
    done, _ = await asyncio.wait([greet("Ada", 1), greet("Grace", 2)])
    return [task.result() for task in done]
