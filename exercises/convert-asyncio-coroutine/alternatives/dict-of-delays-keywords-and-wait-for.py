import asyncio

PEOPLE = {"Ada": 1, "Grace": 2}


async def greet(name, delay):
    print("greeting", name, "in", delay)
    await asyncio.wait_for(asyncio.sleep(delay), timeout=delay + 1)
    return "Hello, %s!" % name


async def greet_both():
    greetings = []
    for name, delay in PEOPLE.items():
        greetings.append(await greet(delay=delay, name=name))
    return greetings
