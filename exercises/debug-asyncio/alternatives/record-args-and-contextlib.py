import asyncio
import contextlib
import gc
import logging
import warnings


class KeepSlow(logging.Handler):
    def __init__(self, into):
        super().__init__(level=logging.WARNING)
        self.into = into

    def emit(self, record):
        # asyncio logs ("Executing %s took %.3f seconds", handle, dt): the duration is the second argument
        if record.msg.startswith("Executing") and isinstance(record.args, tuple) and len(record.args) == 2:
            self.into.append(round(record.args[1], 3))


@contextlib.contextmanager
def debug_mode(loop, threshold=None):
    saved = (loop.get_debug(), loop.slow_callback_duration)
    loop.set_debug(True)
    if threshold is not None:
        loop.slow_callback_duration = threshold
    try:
        yield
    finally:
        loop.set_debug(saved[0])
        loop.slow_callback_duration = saved[1]


async def slow_callbacks(main, threshold: float) -> list[float]:
    durations: list[float] = []
    handler = KeepSlow(durations)
    log = logging.getLogger("asyncio")
    log.addHandler(handler)
    try:
        with debug_mode(asyncio.get_running_loop(), threshold):
            task = asyncio.ensure_future(main())
            await task
    finally:
        log.removeHandler(handler)
    return durations


async def never_awaited(main):
    with debug_mode(asyncio.get_running_loop()):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RuntimeWarning)
            await main()
            gc.collect()
    pairs = []
    for w in caught:
        first, *rest = str(w.message).splitlines()
        if issubclass(w.category, RuntimeWarning) and first.endswith("was never awaited"):
            name = first.split("'")[1]
            frames = [line for line in rest if line.strip().startswith("File ")]
            line = int(frames[-1].split(", line ")[1].split(",")[0]) if frames else None
            pairs.append((name, line))
    return pairs
