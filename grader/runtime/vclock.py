"""A virtual-clock asyncio event loop: sleeping advances a counter instead of waiting.

When every task is waiting on a timer, the loop jumps the clock straight to the next deadline, so
`asyncio.sleep(1)` costs no real time while timeouts, gather, TaskGroup, queues and semaphores keep their
ordinary semantics. Blocking `time.sleep` calls are recorded and also advance the clock, because a blocking
call freezes every task on a real loop.
"""

import asyncio
import gc
import selectors
import sys
import time
import warnings

# ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, spelled out to keep `ast` out of the runner's start-up imports.
ALLOW_TOP_LEVEL_AWAIT = 0x2000
NEVER_AWAITED_PREFIX = "coroutine '"
NEVER_AWAITED_SUFFIX = "' was never awaited"


class VirtualClock:
    def __init__(self):
        self.now = 0.0


class Deadlock(RuntimeError):
    """Every task waits for something that nothing will ever do."""


class VirtualSelector(selectors.BaseSelector):
    """Reports real readiness first; otherwise advances the clock by the time the loop wanted to wait."""

    def __init__(self, clock):
        self._real = selectors.DefaultSelector()
        self._clock = clock

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        ready = self._real.select(0)
        if ready:
            return ready
        if timeout is None:
            threading = sys.modules.get("threading")
            if threading is not None and threading.active_count() > 1:
                # A worker thread (to_thread, run_in_executor) will wake the loop through its self-pipe.
                return self._real.select(None)
            raise Deadlock("every task is waiting and nothing is scheduled to wake them (a deadlock: is "
                           "something awaiting a future or event that is never set?)")
        if timeout > 0:
            self._clock.now += timeout
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self, clock):
        super().__init__(VirtualSelector(clock))
        self._virtual_clock = clock

    def time(self):
        return self._virtual_clock.now


def _never_awaited_name(message):
    text = str(message)
    if text.startswith(NEVER_AWAITED_PREFIX) and text.endswith(NEVER_AWAITED_SUFFIX):
        return text[len(NEVER_AWAITED_PREFIX):-len(NEVER_AWAITED_SUFFIX)].rsplit(".", 1)[-1]
    return None


def run_body(code, namespace):
    """Run `code` as the body of an async function on a fresh virtual-clock loop; return what it observed."""
    clock = VirtualClock()
    events = []
    blocking = []

    def record(label):
        events.append((clock.now, label))

    def blocking_sleep(seconds):
        blocking.append((clock.now, seconds))
        clock.now += seconds

    namespace["record"] = record
    namespace["now"] = lambda: clock.now
    # The contract (exercises/README.md) lets test code use asyncio without importing it.
    namespace.setdefault("asyncio", asyncio)
    compiled = compile(code, "<test code>", "exec", flags=ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)

    async def body():
        pending = eval(compiled, namespace)
        if pending is not None:
            await pending

    real_sleep = time.sleep
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        time.sleep = blocking_sleep
        try:
            with asyncio.Runner(loop_factory=lambda: VirtualClockLoop(clock)) as runner:
                runner.run(body())
        finally:
            time.sleep = real_sleep
            gc.collect()
    never_awaited = [name for name in (_never_awaited_name(w.message) for w in caught) if name]
    return {
        "value": namespace.get("result"),
        "elapsed": clock.now,
        "events": events,
        "blocking": blocking,
        "never_awaited": never_awaited,
    }
