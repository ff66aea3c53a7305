import asyncio
import gc
import re
import logging
import warnings


async def slow_callbacks(main, threshold):
    loop = asyncio.get_running_loop()
    log = logging.getLogger("asyncio")
    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            if record.levelno >= logging.WARNING and "took" in record.msg:
                seen.append(round(float(record.args[-1]), 3))

    keep = Keep()
    old = loop.get_debug(), loop.slow_callback_duration
    log.addHandler(keep)
    loop.set_debug(True)
    loop.slow_callback_duration = threshold
    try:
        await asyncio.gather(asyncio.ensure_future(main()))
    finally:
        loop.set_debug(old[0]); loop.slow_callback_duration = old[1]; log.removeHandler(keep)
    return seen


async def never_awaited(main):
    loop = asyncio.get_running_loop()
    debug = loop.get_debug()
    loop.set_debug(True)
    messages = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            await main()
        finally:
            gc.collect()
            loop.set_debug(debug)
        messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    pairs = []
    for text in messages:
        m = re.match(r"coroutine '([^']+)' was never awaited", text)
        if m:
            lines = re.findall(r", line (\d+)", text)
            pairs.append((m.group(1), int(lines[-1]) if lines else None))
    return pairs
