import asyncio
import gc
import logging
import re
import warnings


class DebugMode:
    """Turns the running loop's debug mode on (and a slow-callback threshold) and puts both back on exit."""

    def __init__(self, threshold=None):
        self.threshold = threshold

    def __enter__(self):
        self.loop = asyncio.get_running_loop()
        self.saved = (self.loop.get_debug(), self.loop.slow_callback_duration)
        self.loop.set_debug(True)
        if self.threshold is not None:
            self.loop.slow_callback_duration = self.threshold
        return self

    def __exit__(self, *exc):
        self.loop.set_debug(self.saved[0])
        self.loop.slow_callback_duration = self.saved[1]
        return False


class Slow(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seconds = []

    def emit(self, record):
        if record.getMessage().startswith("Executing "):
            self.seconds.append(round(float(record.getMessage().split(" took ")[-1].split()[0]), 3))


async def slow_callbacks(main, threshold):
    slow = Slow()
    logging.getLogger("asyncio").addHandler(slow)
    try:
        with DebugMode(threshold):
            await asyncio.shield(main())
    finally:
        logging.getLogger("asyncio").removeHandler(slow)
    return slow.seconds


async def never_awaited(main):
    with DebugMode(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await main()
        gc.collect()
    out = []
    for w in caught:
        text = str(w.message)
        if text.startswith("coroutine '") and "' was never awaited" in text:
            out.append((text[len("coroutine '"):text.index("' was never awaited")],
                        int(re.findall(r"line (\d+)", text)[-1])))
    return out
