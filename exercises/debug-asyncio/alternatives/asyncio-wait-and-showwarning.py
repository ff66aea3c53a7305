import asyncio
import gc
import logging
import re
import warnings


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.texts = []

    def emit(self, record):
        self.texts.append(record.getMessage())


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    debug, duration = loop.get_debug(), loop.slow_callback_duration
    collect = Collect()
    logger = logging.getLogger("asyncio")
    logger.addHandler(collect)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        task = asyncio.create_task(main(), name="main under test")
        await asyncio.wait({task})
        task.result()
    finally:
        logger.removeHandler(collect)
        loop.set_debug(debug)
        loop.slow_callback_duration = duration
    found = (re.search(r"took (\d+(?:\.\d+)?) seconds", text) for text in collect.texts)
    durations = [round(float(m[1]), 3) for m in found if m]
    print(f"{len(durations)} slow step(s):", durations)
    return durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    debug = loop.get_debug()
    loop.set_debug(True)
    messages = []
    original = warnings.showwarning
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", RuntimeWarning)
            warnings.showwarning = lambda message, category, *rest: messages.append(str(message))
            await main()
            gc.collect()
    finally:
        warnings.showwarning = original
        loop.set_debug(debug)
    result = []
    for text in messages:
        head = re.match(r"coroutine '(.+?)' was never awaited", text)
        if not head:
            continue
        lines = [int(n) for n in re.findall(r', line (\d+), in ', text)]
        result.append((head.group(1), lines[-1] if lines else None))
    return result
