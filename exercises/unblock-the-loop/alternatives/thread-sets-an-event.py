import asyncio
import threading
import time


async def brew(drink, seconds):
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def machine():
        time.sleep(seconds)
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=machine, daemon=True).start()
    await done.wait()
    return drink + " is ready"


async def brew_all(orders):
    tasks = []
    for drink, seconds in orders:
        tasks.append(asyncio.create_task(brew(drink, seconds)))
    results = []
    for task in tasks:
        results.append(await task)
    return results
