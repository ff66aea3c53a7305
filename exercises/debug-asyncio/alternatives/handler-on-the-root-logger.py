import asyncio
import gc
import logging
import re
import warnings

DURATION = re.compile(r"^Executing .+ took (?P<seconds>[0-9.]+) seconds$", re.S)


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.found: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "asyncio":
            match = DURATION.match(record.getMessage())
            if match:
                self.found.append(round(float(match["seconds"]), 3))


async def slow_callbacks(main, threshold: float) -> list[float]:
    # Records of the "asyncio" logger propagate to the root logger: a handler there sees them too.
    root = logging.getLogger()
    keep = Keep()
    loop = asyncio.get_running_loop()
    saved_debug = loop.get_debug()
    saved_threshold = loop.slow_callback_duration
    root.addHandler(keep)
    try:
        loop.set_debug(True)
        loop.slow_callback_duration = threshold
        await loop.create_task(main())
    finally:
        root.removeHandler(keep)
        loop.slow_callback_duration = saved_threshold
        loop.set_debug(saved_debug)
    return keep.found


async def never_awaited(main) -> list[tuple[str, int]]:
    loop = asyncio.get_running_loop()
    saved_debug = loop.get_debug()
    loop.set_debug(True)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await main()
            gc.collect()
    finally:
        loop.set_debug(saved_debug)
    found = []
    for warning in caught:
        text = str(warning.message)
        if not issubclass(warning.category, RuntimeWarning) or "was never awaited" not in text:
            continue
        name = re.search(r"coroutine '(.+?)'", text)[1]
        line = int(re.findall(r"line (\d+)", text)[-1])
        found.append((name, line))
    return found
