import asyncio
import gc
import logging
import logging.handlers
import queue
import re
import warnings


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    records = queue.SimpleQueue()
    handler = logging.handlers.QueueHandler(records)
    asyncio_logger = logging.getLogger("asyncio")
    old_debug, old_duration = loop.get_debug(), loop.slow_callback_duration
    asyncio_logger.addHandler(handler)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await loop.create_task(main())
    finally:
        loop.slow_callback_duration = old_duration
        loop.set_debug(old_debug)
        asyncio_logger.removeHandler(handler)
    durations = []
    while not records.empty():
        message = records.get().getMessage()
        found = re.search(r"took ([0-9.]+) seconds$", message)
        if message.startswith("Executing") and found:
            durations.append(round(float(found.group(1)), 3))
    print("slow:", durations)
    return durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    before = loop.get_debug()
    loop.set_debug(True)
    caught = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda message, *rest: caught.append(str(message))
            await main()
            gc.collect()
    finally:
        loop.set_debug(before)
    result = []
    for text in caught:
        name = re.match(r"coroutine '([^']+)' was never awaited", text)
        if name:
            lines = re.findall(r"line (\d+)", text)
            result.append((name.group(1), int(lines[-1]) if lines else None))
    return result
