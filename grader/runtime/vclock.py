"""A virtual-clock asyncio event loop: sleeping advances a counter instead of waiting.

When every task is waiting on a timer, the loop jumps the clock straight to the next deadline, so
`asyncio.sleep(1)` costs no real time while timeouts, gather, TaskGroup, queues and semaphores keep their
ordinary semantics.

`time.sleep` is judged by the thread that calls it. On the loop's own thread it blocks every task, as on a real
loop: it is recorded and advances the clock. In any other thread (`asyncio.to_thread`, `loop.run_in_executor`,
a `threading.Thread`) it is the idiomatic way *not* to block the loop, so it sleeps in virtual time: the thread
waits until the loop's clock reaches its wake-up time, and the loop only jumps forward when no other thread is
busy with real work. A thread that waits with no time limit for another one (join(), a Condition: a Future's
result, Event.wait(), queue.Queue.get()) is not busy; the threads a notify() wakes are busy from that moment.
"""

import asyncio
import concurrent.futures.thread
import gc
import os
import selectors
import threading
import time
import warnings

# ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, spelled out to keep `ast` out of the runner's start-up imports.
ALLOW_TOP_LEVEL_AWAIT = 0x2000
NEVER_AWAITED_PREFIX = "coroutine '"
NEVER_AWAITED_SUFFIX = "' was never awaited"
# How long (real seconds) the loop waits for busy worker threads before it moves virtual time on anyway, and how
# long a sleeping worker waits for a loop that is stuck outside its selector (say, in a blocking thread.join())
# before it moves the clock itself. Generous: these only matter for code that would otherwise hang.
BUSY_THREAD_GRACE = 1.0
# After the grace, the clock moves on only if the threads it waits for are blocked on something it cannot see (a
# lock, a real I/O wait) or have done this much CPU work since: a thread that is merely waiting for a CPU on a busy
# machine (runnable, little CPU used) is waited for, so the machine's load never shows up as the learner's timing.
BUSY_THREAD_CPU = 0.5
# Virtual time moves only while every task waits. Code that polls instead of waiting (`while loop.time() < end:
# await asyncio.sleep(0)`, a busy __await__) would spin until the wall limit; this many turns of the loop in a row
# with work always ready and the clock never moving (about 2 s) ends the run with a message instead.
MAX_BUSY_TURNS = 200_000
# Polling while a timer or a sleeping thread is pending is slow but works on a real loop: the spinning takes real
# time until the deadline comes. Here, after this many turns with work always ready (about 0.1 s of spinning, far
# more turns in a row than cooperative code that yields with sleep(0) takes), the clock jumps to the next deadline
# (nothing else can happen before it), so `while not task.done(): await asyncio.sleep(0)` ends when the task does.
# Only when nothing at all is pending does polling end as a busy loop.
POLL_TURNS_PER_JUMP = 10_000
SLEEPER_POLL = 0.02
LOOP_CLOCK_ORIGIN = float(2 ** 16)


def _thread_states():
    """The scheduler state letter of each of this process's threads, by native id ({} when /proc cannot tell)."""
    states = {}
    try:
        for name in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{name}/stat", "rb") as stat:
                states[int(name)] = stat.read().rpartition(b")")[2].split()[0].decode()
    except (OSError, ValueError, IndexError):
        return {}
    return states


class Patience:
    """How long real waiting for busy threads goes on before virtual time moves on as real time would."""

    def __init__(self):
        self.since = time.monotonic()
        self.cpu_since = time.process_time()

    def exhausted(self):
        if time.monotonic() - self.since < BUSY_THREAD_GRACE:
            return False
        if time.process_time() - self.cpu_since >= BUSY_THREAD_CPU:
            return True  # real work has been done meanwhile: let that much time pass
        # Any other thread runnable ("R") with hardly any CPU used: the machine is busy (the others may be waiting
        # for the GIL it holds), keep waiting. All of them blocked: waiting has no end, let the time pass.
        me = threading.get_native_id()
        return not any(state == "R" for tid, state in _thread_states().items() if tid != me)


class ExecutorJob:
    """One function handed to an executor by run_in_executor (or asyncio.to_thread), as the clock sees it."""

    def __init__(self, executor):
        self.executor = executor
        self.phase = "queued"   # queued -> running -> finished (result on its way to the loop)
        self.awaited = True     # False once its awaiter was cancelled: nobody waits for the result
        self.ident = None


class _SubmittedCall:
    """A function handed straight to ThreadPoolExecutor.submit (or map), carrying the job the clock counts for it."""

    def __init__(self, job, fn, args, kwargs):
        self.job, self.fn, self.args, self.kwargs = job, fn, args, kwargs

    def __call__(self):
        return self.fn(*self.args, **self.kwargs)


def _pool_size(executor):
    """How many jobs `executor` runs at once (ThreadPoolExecutor's limit; unknown executors: unbounded)."""
    size = getattr(executor, "_max_workers", None)
    return size if isinstance(size, int) and size > 0 else None


class VirtualClock:
    """The virtual time, and what the threads around the loop are doing with it.

    The loop may only jump the clock forward when no thread is busy. Busy are: executor jobs that run (or could
    start at once: their pool has a free worker), jobs whose result is on its way to the loop, and threads the
    code started, except while any of them sleeps in virtual time.
    """

    def __init__(self):
        self.now = 0.0
        # Reentrant: waking a sleeper (Event.set, with the lock held) goes through the tracked Condition.notify.
        self.lock = threading.RLock()
        self.loop_thread = threading.get_ident()
        self.loop = None
        self.body_code = None           # the code object of the run's own body coroutine
        self.selecting = False
        self.jobs = []                  # ExecutorJob, until the loop has its result (or it ends unawaited)
        self.threads = []               # threading.Thread objects the code started (not executor workers)
        self.shutdowns = []             # asyncio's threads that shut the default executor down
        self.sleepers = {}              # thread ident -> [wake-up time, threading.Event]
        self.joins = {}                 # thread ident -> the thread it waits for in join() (no timeout)
        self.parked = {}                # thread ident -> the threading.Condition it waits on (no timeout)
        self.finished_threads = set()   # threads in self.threads whose run() has returned

    def waiting(self, ident):
        """Whether a thread is parked: asleep in virtual time, joining a thread that is still alive, or waiting on a
        condition nobody has notified yet (a Future's result, an Event, a queue.Queue: they all wait on one)."""
        return ident in self.sleepers or ident in self.parked or self.joining(ident)

    def joining(self, ident):
        """Whether a thread is in join() for a thread whose work the clock follows and that is still at it: one the
        code started, or a pool's worker running a job. (A pool worker with no job is on its way out, real work.)"""
        joined = self.joins.get(ident)
        if joined is None or not joined.is_alive() or joined in self.finished_threads:
            return False
        return joined in self.threads or any(job.phase == "running" and job.ident == joined.ident for job in self.jobs)

    def loop_cannot_move_clock(self):
        """Whether the loop's own thread is blocked where it cannot move the clock. Call with the lock."""
        return self.loop_thread in self.joins or self.loop_thread in self.parked

    def wake_selector(self):
        """Let a loop waiting in its selector look again: a thread it counted as busy has just parked."""
        loop = self.loop
        if loop is not None and not loop.is_closed() and threading.get_ident() != self.loop_thread:
            try:
                loop._write_to_self()
            except Exception:
                pass

    def busy_threads(self):
        """How many threads are doing (or about to start) real work. Call with the lock."""
        busy = sum(1 for thread in self.threads
                   if thread.is_alive() and thread not in self.finished_threads and not self.waiting(thread.ident))
        queued = {}
        running = {}
        for job in self.jobs:
            if job.phase == "running":
                running[id(job.executor)] = running.get(id(job.executor), 0) + 1
                busy += not self.waiting(job.ident)
            elif job.phase == "finished":
                busy += 1
            else:
                queued.setdefault(id(job.executor), [job.executor, 0])[1] += 1
        for key, (executor, waiting) in queued.items():
            size = _pool_size(executor)
            busy += waiting if size is None else min(waiting, max(0, size - running.get(key, 0)))
        if not running and any(thread.is_alive() for thread in self.shutdowns):
            busy += 1  # it only waits for running jobs; with none left it is about to finish
        return busy

    def next_wake_up(self):
        """The earliest wake-up time of a sleeping thread, or None. Call with the lock."""
        return min((entry[0] for entry in self.sleepers.values()), default=None)

    def advance_to(self, moment):
        """Move the clock to `moment` (never back) and wake the threads due by then. Call with the lock."""
        if moment > self.now:
            self.now = moment
        for ident, (wake_up, event) in list(self.sleepers.items()):
            if wake_up <= self.now:
                del self.sleepers[ident]
                event.set()

    def sleep_in_thread(self, seconds):
        """time.sleep in a thread other than the loop's: wait until the virtual clock reaches the wake-up time."""
        event = threading.Event()
        ident = threading.get_ident()
        with self.lock:
            self.sleepers[ident] = [self.now + max(0.0, seconds), event]
        loop = self.loop
        self.wake_selector()  # with this thread asleep the loop may move the clock
        stuck = None
        while not event.wait(SLEEPER_POLL):
            with self.lock:
                if ident not in self.sleepers:
                    break
                if self.selecting and loop is not None and not loop.is_closed():
                    stuck = None
                    continue
                # The loop is outside its selector. Joining a thread, it cannot move the clock: let the time pass
                # at once. Running code (or gone), give it a moment, then let the time pass as real time would.
                stuck = stuck or Patience()
                if self.loop_cannot_move_clock() or loop is None or loop.is_closed() or stuck.exhausted():
                    self.advance_to(self.next_wake_up())

    def wake_everyone(self):
        with self.lock:
            for _, event in self.sleepers.values():
                event.set()
            self.sleepers.clear()


class Deadlock(RuntimeError):
    """Every task waits for something that nothing will ever do."""


def _deadlock_message(clock):
    """Why every task waits: a task of the code's that was cancelled and still waits first (it caught its
    CancelledError). The run's own body is left out: the runner cancels it on the way out."""
    try:
        cancelled = [task for task in asyncio.all_tasks(clock.loop) if not task.done() and task.cancelling()
                     and getattr(task.get_coro(), "cr_code", None) is not clock.body_code]
    except Exception:
        cancelled = []
    if cancelled:
        name = cancelled[0].get_coro().__qualname__ if hasattr(cancelled[0].get_coro(), "__qualname__") else "a task"
        return (f"every task is waiting and nothing is scheduled to wake them: {name} was cancelled and is still "
                "waiting. Something in it caught the CancelledError and went on waiting: clean up in finally (or "
                "re-raise the CancelledError after cleaning up), so that a cancelled task ends.")
    return ("every task is waiting and nothing is scheduled to wake them (a deadlock: is something awaiting a future "
            "or event that is never set?)")


class BusyLoop(RuntimeError):
    """The code kept the loop busy, turn after turn, without ever letting time pass."""


class VirtualSelector(selectors.BaseSelector):
    """Reports real readiness first; otherwise advances the clock by the time the loop wanted to wait."""

    def __init__(self, clock):
        self._real = selectors.DefaultSelector()
        self._clock = clock
        self._busy_turns = 0

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
        clock = self._clock
        clock.selecting = True
        try:
            return self._select(timeout)
        finally:
            clock.selecting = False

    def _jump_to_next_deadline(self):
        """Move the clock to the next timer or sleeping thread's wake-up, if nothing busy could come first."""
        clock = self._clock
        loop = clock.loop
        timers = [handle.when() - LOOP_CLOCK_ORIGIN for handle in getattr(loop, "_scheduled", ())
                  if not handle.cancelled()]
        with clock.lock:
            if clock.busy_threads():
                return False  # a thread doing real work may finish first, as it would in real time
            deadlines = [moment for moment in (min(timers, default=None), clock.next_wake_up()) if moment is not None]
            if not deadlines:
                return False
            clock.advance_to(min(deadlines))
        return True

    def _select(self, timeout):
        clock = self._clock
        ready = self._real.select(0)
        if ready or (timeout is not None and timeout <= 0):
            self._busy_turns = 0 if ready else self._busy_turns + 1
            if self._busy_turns and self._busy_turns % POLL_TURNS_PER_JUMP == 0 and self._jump_to_next_deadline():
                self._busy_turns = 0
            if self._busy_turns > MAX_BUSY_TURNS:
                raise BusyLoop(f"the event loop went {MAX_BUSY_TURNS:,} turns in a row without any task waiting, so "
                               "no time could pass: something polls instead of waiting (for example a loop that "
                               "checks loop.time() or a flag around await asyncio.sleep(0)). Wait for what you "
                               "need instead: await asyncio.sleep(seconds), an Event, a Future or a Queue.")
            return ready
        self._busy_turns = 0
        patience = None
        while True:
            with clock.lock:
                busy = clock.busy_threads()
            if busy and (patience is None or not patience.exhausted()):
                # A thread is running real code: wait for it (it wakes the loop through the self-pipe when its
                # result is ready or when it starts a sleep). Only if it takes very long does virtual time move on.
                patience = patience or Patience()
                ready = self._real.select(SLEEPER_POLL * 5)
                if ready:
                    return ready
                continue
            # A thread that has just finished may have written to the self-pipe since the last look.
            ready = self._real.select(0)
            if ready:
                return ready
            with clock.lock:
                deadlines = [moment for moment in (clock.next_wake_up(),
                                                   None if timeout is None else clock.now + timeout)
                             if moment is not None]
                if deadlines:
                    clock.advance_to(min(deadlines))
                    return []
                if clock.busy_threads():
                    patience = None
                    continue
            raise Deadlock(_deadlock_message(clock))


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self, clock):
        super().__init__(VirtualSelector(clock))
        self._virtual_clock = clock
        clock.loop = self

    def time(self):
        # A real loop's clock is time.monotonic(), which reads far from 0: so does this one, so that a number of
        # seconds passed where a reading of the clock is expected (timeout_at(5), call_at(5, ...)) means the past
        # here too. A power of two, so that adding the course's times to it loses as little as possible.
        return LOOP_CLOCK_ORIGIN + self._virtual_clock.now

    def run_in_executor(self, executor, func, *args):
        clock = self._virtual_clock
        job = ExecutorJob(executor)

        def run_job():  # counted here, so the executor's own submit leaves it alone (run_job.counted)
            with clock.lock:
                job.phase = "running"
                job.ident = threading.get_ident()
                if job not in clock.jobs:  # its awaiter was cancelled before it started, yet it runs
                    clock.jobs.append(job)
            try:
                return func(*args)
            finally:
                with clock.lock:
                    job.phase = "finished"
                    if not job.awaited and job in clock.jobs:
                        clock.jobs.remove(job)

        run_job.counted = True
        with clock.lock:
            clock.jobs.append(job)
        future = super().run_in_executor(executor, run_job)
        job.executor = executor if executor is not None else self._default_executor

        def delivered(future):
            with clock.lock:
                if future.cancelled() and job.phase == "running":
                    job.awaited = False   # the thread goes on; it stops counting when it ends
                elif job in clock.jobs:
                    clock.jobs.remove(job)

        future.add_done_callback(delivered)
        return future


def _never_awaited_name(message):
    text = str(message)
    if text.startswith(NEVER_AWAITED_PREFIX) and text.endswith(NEVER_AWAITED_SUFFIX):
        return text[len(NEVER_AWAITED_PREFIX):-len(NEVER_AWAITED_SUFFIX)].rsplit(".", 1)[-1]
    return None


def _is_executor_worker(thread):
    # Executor workers idle between jobs; run_in_executor counts their jobs instead.
    return getattr(thread, "_target", None) is getattr(concurrent.futures.thread, "_worker", object())


def _is_executor_shutdown(thread):
    target = getattr(thread, "_target", None)
    return getattr(target, "__name__", None) == "_do_shutdown" and isinstance(
        getattr(target, "__self__", None), VirtualClockLoop)


def run_body(code, namespace):
    """Run `code` as the body of an async function on a fresh virtual-clock loop; return what it observed."""
    clock = VirtualClock()
    events = []
    blocking = []
    real_sleep = time.sleep
    real_start = threading.Thread.start

    def record(label):
        events.append((clock.now, label))

    def virtual_sleep(seconds):
        if threading.get_ident() != clock.loop_thread:
            clock.sleep_in_thread(seconds)
            return
        # On the loop's thread a blocking sleep freezes every task: record it and let the time pass.
        blocking.append((clock.now, seconds))
        with clock.lock:
            clock.advance_to(clock.now + seconds)

    real_join = threading.Thread.join

    def tracked_join(thread, timeout=None):
        if timeout is not None:
            return real_join(thread, timeout)
        ident = threading.get_ident()
        with clock.lock:
            clock.joins[ident] = thread
        try:
            return real_join(thread)
        finally:
            with clock.lock:
                clock.joins.pop(ident, None)

    real_wait = threading.Condition.wait
    real_notify = threading.Condition.notify

    def tracked_wait(condition, timeout=None):
        # A thread waiting, with no time limit, for another thread to notify it is parked like one in join():
        # while every other thread is parked or asleep, the clock may move to the next wake-up. (A timed wait runs
        # in real time, and its thread counts as busy.)
        if timeout is not None:
            return real_wait(condition, timeout)
        ident = threading.get_ident()
        with clock.lock:
            clock.parked[ident] = condition
        clock.wake_selector()
        try:
            return real_wait(condition)
        finally:
            with clock.lock:
                clock.parked.pop(ident, None)

    def tracked_notify(condition, n=1):
        # The threads notify() wakes are busy from this moment, not from when they next get to run: otherwise the
        # loop could move the clock past a thread that was woken but has not yet taken the lock back. Condition
        # wakes its waiters first come, first served, and both this and tracked_wait run holding its lock, so the
        # first n parked on it are the ones woken. (notify_all is notify(len(waiters)).)
        with clock.lock:
            woken = [ident for ident, waited in clock.parked.items() if waited is condition][:n]
            for ident in woken:
                del clock.parked[ident]
        return real_notify(condition, n)

    real_submit = concurrent.futures.ThreadPoolExecutor.submit
    real_item_run = concurrent.futures.thread._WorkItem.run

    def tracked_submit(executor, fn, /, *args, **kwargs):
        # Work handed to a pool directly (pool.submit, pool.map), not through run_in_executor, is counted too: its
        # thread runs real code, and whoever waits for its result is parked until it ends.
        if getattr(fn, "counted", False):
            return real_submit(executor, fn, *args, **kwargs)
        job = ExecutorJob(executor)
        with clock.lock:
            clock.jobs.append(job)
        future = real_submit(executor, _SubmittedCall(job, fn, args, kwargs))

        def cancelled(future):
            if future.cancelled():
                with clock.lock:
                    if job in clock.jobs:
                        clock.jobs.remove(job)

        future.add_done_callback(cancelled)
        return future

    def tracked_item_run(item):
        job = item.fn.job if isinstance(item.fn, _SubmittedCall) else None
        if job is not None:
            with clock.lock:
                job.phase = "running"
                job.ident = threading.get_ident()
        try:
            # The result is set and its waiters notified (and the loop's callbacks scheduled) inside: only then does
            # the job stop counting, so nobody sees a moment where the result is neither running nor delivered.
            return real_item_run(item)
        finally:
            if job is not None:
                with clock.lock:
                    if job in clock.jobs:
                        clock.jobs.remove(job)
                clock.wake_selector()  # one busy thread fewer: the loop may move the clock now

    def tracked_start(thread):
        if not _is_executor_worker(thread):
            with clock.lock:
                (clock.shutdowns if _is_executor_shutdown(thread) else clock.threads).append(thread)
            if not _is_executor_shutdown(thread):
                run = thread.run

                def run_then_say_so():
                    try:
                        run()
                    finally:
                        # Done from here on, though is_alive() stays true a moment longer: the loop may move on.
                        with clock.lock:
                            clock.finished_threads.add(thread)
                        clock.wake_selector()

                thread.run = run_then_say_so
        return real_start(thread)

    namespace["record"] = record
    namespace["now"] = lambda: clock.now
    # The contract (exercises/README.md) lets test code use asyncio without importing it.
    namespace.setdefault("asyncio", asyncio)
    compiled = compile(code, "<test code>", "exec", flags=ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)

    async def body():
        pending = eval(compiled, namespace)
        if pending is not None:
            await pending

    clock.body_code = body.__code__

    # `from time import sleep` in the learner's module took the real function before this run began.
    submission = namespace.get("submission")
    aliases = [name for name, value in vars(submission).items() if value is real_sleep] if submission else []
    with warnings.catch_warnings(record=True):
        # Coroutines left over from an earlier run (kept alive by its exception) must not be blamed on this one.
        warnings.simplefilter("always")
        gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        time.sleep = virtual_sleep
        threading.Thread.start = tracked_start
        threading.Thread.join = tracked_join
        threading.Condition.wait = tracked_wait
        threading.Condition.notify = tracked_notify
        concurrent.futures.ThreadPoolExecutor.submit = tracked_submit
        concurrent.futures.thread._WorkItem.run = tracked_item_run
        for name in aliases:
            setattr(submission, name, virtual_sleep)
        try:
            with asyncio.Runner(loop_factory=lambda: VirtualClockLoop(clock)) as runner:
                runner.run(body())
        finally:
            time.sleep = real_sleep
            threading.Thread.start = real_start
            threading.Thread.join = real_join
            threading.Condition.wait = real_wait
            threading.Condition.notify = real_notify
            concurrent.futures.ThreadPoolExecutor.submit = real_submit
            concurrent.futures.thread._WorkItem.run = real_item_run
            for name in aliases:
                setattr(submission, name, real_sleep)
            clock.wake_everyone()
            gc.collect()
    never_awaited = [name for name in (_never_awaited_name(w.message) for w in caught) if name]
    return {
        "value": namespace.get("result"),
        "elapsed": clock.now,
        "events": events,
        "blocking": blocking,
        "never_awaited": never_awaited,
    }
