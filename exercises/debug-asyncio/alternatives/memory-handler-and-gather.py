import asyncio
import gc
import logging
import logging.handlers
import warnings


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    memory = logging.handlers.MemoryHandler(capacity=10_000, flushLevel=logging.CRITICAL + 1)
    log = logging.getLogger("asyncio")
    before = loop.get_debug(), loop.slow_callback_duration
    log.addHandler(memory)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await asyncio.gather(main())
    finally:
        loop.set_debug(before[0])
        loop.slow_callback_duration = before[1]
        log.removeHandler(memory)
    durations = []
    for record in memory.buffer:
        text = record.getMessage()
        if text.startswith("Executing") and text.endswith("seconds"):
            durations.append(round(float(text.rsplit(" ", 2)[1]), 3))
    memory.buffer.clear()
    memory.close()
    return durations


def origin(text):
    """The line of the last frame in the 'Coroutine created at' traceback, or None."""
    numbers = [line.split(", line ")[1].split(",")[0] for line in text.splitlines() if ", line " in line]
    return int(numbers[-1]) if numbers else None


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    before = loop.get_debug()
    loop.set_debug(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await asyncio.create_task(main())
            gc.collect()
    finally:
        loop.set_debug(before)
    return [(str(w.message).split("'")[1], origin(str(w.message)))
            for w in caught if "was never awaited" in str(w.message)]
