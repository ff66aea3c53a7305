# feedback: define it with async def
import asyncio
import types

# Wrapping the generators with types.coroutine makes them awaitable again,
# but they are still generator functions, not native coroutine functions.


@types.coroutine
def greet(name, delay):
    yield from asyncio.sleep(delay).__await__()
    return "Hello, " + name + "!"


@types.coroutine
def greet_both():
    first = yield from greet("Ada", 1)
    second = yield from greet("Grace", 2)
    return [first, second]
