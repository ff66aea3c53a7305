# feedback: removed in Python 3.11
import asyncio


@asyncio.coroutine
def greet(name, delay):
    yield from asyncio.sleep(delay)
    return "Hello, " + name + "!"


@asyncio.coroutine
def greet_both():
    first = yield from greet("Ada", 1)
    second = yield from greet("Grace", 2)
    return [first, second]
