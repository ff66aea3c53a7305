import asyncio
import gc
import re
import logging
import warnings


class SlowFilter(logging.Filter):
    """A filter sees every record the logger handles: it keeps the durations and lets them through."""

    def __init__(self):
        super().__init__()
        self.durations = []

    def filter(self, record):
        found = re.search(r"took (\d+\.\d+) seconds", record.getMessage())
        if found and record.getMessage().startswith("Executing"):
            self.durations.append(round(float(found[1]), 3))
        return True


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    logger = logging.getLogger("asyncio")
    keep = SlowFilter()
    was_debug, was_threshold = loop.get_debug(), loop.slow_callback_duration
    logger.addFilter(keep)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(main())
    finally:
        loop.set_debug(was_debug)
        loop.slow_callback_duration = was_threshold
        logger.removeFilter(keep)
    return keep.durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    was_debug = loop.get_debug()
    loop.set_debug(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RuntimeWarning)
            await main()
            gc.collect()
    finally:
        loop.set_debug(was_debug)
    pairs = []
    for w in caught:
        m = re.match(r"coroutine '([^']+)' was never awaited", str(w.message))
        if m:
            lines = [int(found[1]) for found in re.finditer(r'File "[^"]*", line (\d+)', str(w.message))]
            pairs.append((m[1], lines[-1] if lines else None))
    return pairs
