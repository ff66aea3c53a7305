# feedback: rather than switching debug mode off
import asyncio
import gc
import logging
import re
import warnings

SLOW = re.compile(r"Executing .* took (\d+\.\d+) seconds", re.S)
NEVER = re.compile(r"coroutine '(.+?)' was never awaited")
FRAME = re.compile(r'File ".*?", line (\d+), in ')


class SlowCallbackCollector(logging.Handler):
    def __init__(self):
        super().__init__()
        self.durations = []

    def emit(self, record):
        match = SLOW.match(record.getMessage())
        if match:
            self.durations.append(round(float(match[1]), 3))


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    logger = logging.getLogger("asyncio")
    collector = SlowCallbackCollector()
    saved = loop.get_debug(), loop.slow_callback_duration
    logger.addHandler(collector)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await asyncio.create_task(main())  # its own task: every step of main is a callback the loop times
    finally:
        loop.set_debug(False)
        loop.slow_callback_duration = saved[1]
        logger.removeHandler(collector)
    return collector.durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    was_debug = loop.get_debug()
    loop.set_debug(True)  # records where every coroutine is created
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await main()
            gc.collect()
    finally:
        loop.set_debug(False)
    found = []
    for warning in caught:
        text = str(warning.message)
        match = NEVER.match(text)
        if match:
            lines = FRAME.findall(text)
            found.append((match[1], int(lines[-1]) if lines else None))
    return found
