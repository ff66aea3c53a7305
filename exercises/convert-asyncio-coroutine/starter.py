import asyncio

# The legacy code, minus the decorator that Python 3.11 removed. These are now plain
# generator functions: they import fine, but they are not coroutines and cannot be awaited.
# Turn each one into an `async def` and replace `yield from` with `await`.


def greet(name, delay):
    yield from asyncio.sleep(delay)
    return "Hello, " + name + "!"


def greet_both():
    first = yield from greet("Ada", 1)
    second = yield from greet("Grace", 2)
    return [first, second]
