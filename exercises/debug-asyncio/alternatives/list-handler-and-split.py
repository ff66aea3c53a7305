import asyncio
import gc
import logging
import warnings


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    before = (loop.get_debug(), loop.slow_callback_duration)
    handler = ListHandler()
    logging.getLogger("asyncio").addHandler(handler)
    try:
        loop.set_debug(True)
        loop.slow_callback_duration = threshold
        task = loop.create_task(main())
        await task
    finally:
        loop.set_debug(before[0])
        loop.slow_callback_duration = before[1]
        logging.getLogger("asyncio").removeHandler(handler)
    durations = []
    for message in handler.messages:
        if message.startswith("Executing ") and message.endswith(" seconds"):
            durations.append(round(float(message.split()[-2]), 3))
    return durations


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    before = loop.get_debug()
    loop.set_debug(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RuntimeWarning)
            await main()
            gc.collect()
    finally:
        loop.set_debug(before)
    out = []
    for w in caught:
        text = str(w.message)
        if "was never awaited" not in text:
            continue
        name = text.split("'")[1]
        numbers = [int(part.split("line ")[1].split(",")[0]) for part in text.splitlines() if ", line " in part]
        out.append((name, numbers[-1] if numbers else None))
    return out
