import asyncio


class Greeter:
    async def greet(self, name, delay):
        await asyncio.sleep(delay)
        return "Hello, " + name + "!"


async def greet(name, delay):
    return await Greeter().greet(name, delay)


async def greet_both():
    first = await greet("Ada", 1)
    second = await greet("Grace", 2)
    return [first, second]
