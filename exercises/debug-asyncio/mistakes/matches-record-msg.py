# feedback: record.msg is only the format string
import asyncio
import gc
import logging
import re
import warnings


class Collector(logging.Handler):
    def __init__(self):
        super().__init__()
        self.durations = []

    def emit(self, record):
        match = re.match(r"Executing .* took (\d+\.\d+) seconds", record.msg, re.S)
        if match:
            self.durations.append(round(float(match[1]), 3))


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    logger = logging.getLogger("asyncio")
    collector = Collector()
    saved = loop.get_debug(), loop.slow_callback_duration
    logger.addHandler(collector)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await asyncio.create_task(main())
    finally:
        loop.set_debug(saved[0])
        loop.slow_callback_duration = saved[1]
        logger.removeHandler(collector)
    return collector.durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    was_debug = loop.get_debug()
    loop.set_debug(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await main()
            gc.collect()
    finally:
        loop.set_debug(was_debug)
    found = []
    for warning in caught:
        text = str(warning.message)
        match = re.match(r"coroutine '(.+?)' was never awaited", text)
        if match:
            lines = re.findall(r'File ".*?", line (\d+), in ', text)
            found.append((match[1], int(lines[-1]) if lines else None))
    return found
