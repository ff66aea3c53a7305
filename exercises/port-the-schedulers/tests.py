import ast
import heapq
import itertools
import unittest
from collections import deque

import grading

# The course's own generator schedulers (round-robin and sleeping-scheduler): the traces to compare with.


def generator_worker(name, steps):
    for i in range(steps):
        yield f"{name}{i}"


def generator_round_robin(specs):
    queue = deque(generator_worker(name, steps) for name, steps in specs)
    trace = []
    while queue:
        task = queue.popleft()
        try:
            trace.append(next(task))
        except StopIteration:
            continue
        queue.append(task)
    return trace


def generator_ticker(delays):
    for delay in delays:
        yield delay


def generator_sleeps(specs):
    tasks = {name: generator_ticker(delays) for name, delays in specs.items()}
    arrival = itertools.count()
    due = [(0, next(arrival), name) for name in tasks]
    trace = []
    while due:
        clock, _, name = heapq.heappop(due)
        trace.append((clock, name))
        try:
            delay = next(tasks[name])
        except StopIteration:
            continue
        heapq.heappush(due, (clock + delay, next(arrival), name))
    return trace


def calls(name):
    """Whether the learner's code calls something named `name` (asyncio.wait(...), as_completed(...)): read with ast."""
    try:
        tree = ast.parse(grading.source())
    except SyntaxError:
        return False
    return any(isinstance(node, ast.Call) and name in (getattr(node.func, "attr", None), getattr(node.func, "id", None))
               for node in ast.walk(tree))


def one_after_another(specs):
    """The trace tickers give when each one runs only after the previous one has finished."""
    clock, trace = 0, []
    for name, delays in specs.items():
        trace.append((clock, name))
        for delay in delays:
            clock += delay
            trace.append((clock, name))
    return trace


def instants(trace):
    """[(time, sorted names that ran at that time)], in time order: the order of ties is asyncio's to choose."""
    grouped = {}
    for at, name in trace:
        grouped.setdefault(round(at, 6), []).append(name)
    return [(at, sorted(names)) for at, names in grouped.items()]


# A spy stands in for worker while run_round_robin runs (it calls it by name), so the test knows the order in which
# the workers really started, whatever the trace says.
ROUND_ROBIN = """
starts = []
original_worker = submission.worker

async def worker_spy(name, *args, **kwargs):
    starts.append(name)
    return await original_worker(name, *args, **kwargs)

submission.worker = worker_spy
try:
    value = await submission.run_round_robin(specs)
    result = [value if isinstance(value, list) else type(value).__name__, starts]
except TypeError as error:
    if "Passing coroutines is forbidden" not in str(error):
        raise
    result = {"wait on coroutines": True}
except ValueError as error:
    if "is empty" not in str(error):
        raise
    result = {"wait on nothing": True}
finally:
    submission.worker = original_worker
"""

# As for the workers, a spy on ticker records the order the tickers really started in, and the body counts the
# tasks still running when run_with_sleeps returned (tickers it started but did not wait for).
SLEEPS = """
await asyncio.sleep(10)  # the loop's clock is not at 0 when run_with_sleeps starts
starts = []
original_ticker = submission.ticker

async def ticker_spy(name, *args, **kwargs):
    starts.append(name)
    return await original_ticker(name, *args, **kwargs)

submission.ticker = ticker_spy
try:
    value = await submission.run_with_sleeps(specs)
    left_running = len([task for task in asyncio.all_tasks() if task is not asyncio.current_task()])
    value = [tuple(entry) for entry in value] if isinstance(value, list) else type(value).__name__
    result = [value, starts, left_running]
except ValueError as error:
    if "values to unpack" not in str(error):
        raise
    result = {"unpacked keys": str(error)}
finally:
    submission.ticker = original_ticker
"""


class RoundRobinTest(unittest.TestCase):
    longMessage = False

    def check(self, specs):
        outcome = grading.run_async(ROUND_ROBIN, specs=specs)
        starts = None
        if isinstance(outcome.value, list):
            outcome.value, starts = outcome.value
        expected = generator_round_robin(specs)
        if outcome.value == {"wait on coroutines": True}:
            self.fail(f"run_round_robin({specs}) raised TypeError: Passing coroutines is forbidden. Since Python "
                      "3.11 asyncio.wait takes tasks only: create them first, in the order of specs "
                      "([asyncio.create_task(worker(...)) for ...]), then wait for that list (or use gather).")
        if outcome.value == {"wait on nothing": True}:
            self.fail("run_round_robin([]) raised ValueError: asyncio.wait refuses an empty collection. With no "
                      "specs there is nothing to wait for: skip the wait (gather accepts no awaitables at all).")
        if not isinstance(outcome.value, list):
            self.fail(f"run_round_robin({specs}) gave {outcome.value}, expected the trace list {expected}.")
        hint = ""
        one_after_another = [f"{name}{i}" for name, steps in specs for i in range(steps)]
        first_seen = list(dict.fromkeys(label[0] for label in outcome.value if isinstance(label, str) and label))
        if outcome.value == one_after_another and outcome.value != expected:
            hint = (" The right labels, but each worker ran to its end before the next one started: after each "
                    "append, step aside with await asyncio.sleep(0), and start all workers before waiting for any "
                    "(they must run concurrently, not one after another).")
        elif (sorted(outcome.value) == sorted(expected) and starts == [name for name, _ in specs]
              and first_seen != [name for name, steps in specs if steps]):
            hint = (" The workers did start in the order of specs, but their labels reached the trace in another "
                    "order: each worker appends each label to the shared trace list itself, right away, before it "
                    "steps aside (not into a list of its own added at the end).")
        elif sorted(outcome.value) == sorted(expected) and first_seen != [name for name, steps in specs if steps]:
            hint = (f" The right labels, but the workers started in the order {first_seen}, not in the order of "
                    "specs: create the tasks (or pass them to gather) in the order of specs, and keep them in a list "
                    "(a set, or asyncio.wait on a set, has an order of its own).")
        elif outcome.value and all(isinstance(label, str) for label in outcome.value) and \
                sorted(outcome.value) == sorted(f"{name}{i + 1}" for name, steps in specs for i in range(steps)):
            hint = " The counts are one too high: each worker counts from 0 to steps - 1 (range(steps))."
        names = [name for name, _ in specs]
        if len(set(names)) < len(names) and len(outcome.value) < len(expected):
            hint = (" A name listed twice in specs is two workers, each with its own steps: run one worker per "
                    "pair of specs, without turning specs into a dict (which keeps one entry per name).")
        idle = [name for name, steps in specs if steps == 0 and f"{name}0" in outcome.value]
        if idle:
            hint = f" {idle[0]} has no steps (0): its worker must append nothing."
        self.assertEqual(outcome.value, expected,
                         msg=f"run_round_robin({specs}) gave {outcome.value}, expected {expected}, the trace of "
                             f"the generator scheduler.{hint}")
        self.assertEqual(outcome.blocking, [], msg="run_round_robin must not block the loop with time.sleep.")

    def test_same_trace_as_the_generator_scheduler(self):
        self.check([("a", 3), ("b", 1), ("c", 2)])

    def test_many_workers_and_a_worker_with_no_steps(self):
        self.check([("p", 2), ("q", 0), ("r", 4), ("s", 1), ("t", 3)])

    def test_a_name_listed_twice_runs_twice(self):
        # specs is a list of pairs: a repeated name is a second worker (a dict of specs would keep one of them)
        self.check([("x", 2), ("y", 1), ("x", 3)])

    def test_no_workers(self):
        self.check([])


WORKER = """
trace = ["before"]
await submission.worker(name, steps, trace)
result = list(trace)
"""

TICKER = """
trace = []
await asyncio.sleep(7)
# started_at is 4 s before now, as if run_with_sleeps had started 4 s ago
await submission.ticker("t", delays, trace, asyncio.get_running_loop().time() - 4)
result = [tuple(entry) for entry in trace]
"""


def constant_offset(got, expected):
    """The amount every time in `got` is above its place in `expected`, when it is the same for all and at least
    a second (readings of the loop's clock where times since the start were due), else None."""
    try:
        offsets = [at - expected_at for (at, _), (expected_at, _) in zip(got, expected)]
    except (TypeError, ValueError):
        return None
    if offsets and offsets[0] >= 1 and all(abs(offset - offsets[0]) < 1e-6 for offset in offsets):
        return offsets[0]
    return None


class WorkerAndTickerTest(unittest.TestCase):
    longMessage = False

    def test_worker_appends_its_steps(self):
        for steps in (3, 0):
            got = grading.run_async(WORKER, name="w", steps=steps).value
            expected = ["before"] + [f"w{i}" for i in range(steps)]
            self.assertEqual(got, expected,
                             msg=f"worker('w', {steps}, trace) with trace = ['before'] left {got}, expected {expected}: "
                                 "it appends f'{name}{i}' to the list it is given, for i in 0 .. steps-1.")

    def test_ticker_counts_from_started_at(self):
        outcome = grading.run_async(TICKER, delays=[1, 2])
        expected = [(4.0, "t"), (5.0, "t"), (7.0, "t")]
        got = outcome.value
        hint = ""
        if len(got) == 3 and constant_offset(got, expected) is not None:
            hint = (" Those are readings of the loop's own clock, not times since started_at: ticker itself "
                    "subtracts started_at, asyncio.get_running_loop().time() - started_at.")
        self.assertEqual([(round(at, 6), name) for at, name in got], expected,
                         msg=f"ticker('t', [1, 2], trace, started_at) called 4 s after started_at left {got}, expected "
                             f"{expected}: before each sleep and once after the last, it appends (now, name) with now = "
                             f"loop time - started_at.{hint}")


class SleepsTest(unittest.TestCase):
    longMessage = False

    def check(self, specs, total):
        outcome = grading.run_async(SLEEPS, specs=specs)
        expected = generator_sleeps(specs)
        if isinstance(outcome.value, dict) and "unpacked keys" in outcome.value:
            self.fail(f"run_with_sleeps({specs}) raised ValueError: {outcome.value['unpacked keys']}. specs is a "
                      "dict, and looping over a dict gives its keys only (each name, whose letters do not unpack "
                      "into name, delays): loop over specs.items() to get (name, delays) pairs.")
        starts = left_running = None
        if isinstance(outcome.value, list):
            outcome.value, starts, left_running = outcome.value
        if not isinstance(outcome.value, list):
            self.fail(f"run_with_sleeps({specs}) gave {outcome.value}, expected the trace list {expected}.")
        if left_running:
            self.fail(f"run_with_sleeps({specs}) returned while {left_running} task(s) it started were still "
                      "running: it must wait for every ticker to finish (gather them, or await each task) before "
                      "it returns the trace, rather than sleeping for a while and hoping they are done.")
        if outcome.blocking:
            self.fail(f"time.sleep blocked the event loop {len(outcome.blocking)} time(s): every task waits for "
                      "the others. Wait with await asyncio.sleep(delay).")
        got = outcome.value
        hint = ""
        offset = constant_offset(got, expected) if len(got) == len(expected) else None
        if offset is not None:
            hint = (f" Every time is {offset:g} too high: those are readings of the loop's clock, which does not "
                    "start at 0 (a real loop's clock is time.monotonic()). Subtract started_at, the loop's time when "
                    "run_with_sleeps began.")
        elif len(got) == len(expected) and instants(got) == instants(one_after_another(specs)):
            hint = (" The tickers ran one after another, each starting when the previous one had finished: the "
                    "tickers must sleep concurrently. Start them all before you wait for any (gather the ticker "
                    "coroutines, or create a task for each), instead of awaiting each ticker in turn.")
        elif len(got) == len(expected) - len(specs) and instants(got) == instants(expected[len(specs):]):
            hint = (" One entry per task is missing, the one at the start: a ticker appends (now, name) before each "
                    "sleep, the first one too.")
        elif len(got) == len(expected) - len(specs):
            hint = (" One entry per task is missing: after its last sleep, a ticker appends (now, name) once more.")
        elif (got and len(got) == len(expected) and all(isinstance(at, int) for at, _ in got)
              and instants([(int(at), name) for at, name in expected]) == instants(got)):
            hint = (" The times were cut to whole seconds: keep them as the loop gives them (floats such as 1.5); "
                    "do not wrap them in int() or round().")
        elif got and len(got) == len(expected) and max(at for at, _ in got) < 0.01 < max(at for at, _ in expected):
            hint = (" The times hardly move: they were not read from the event loop's clock. As the prompt says, "
                    "now is asyncio.get_running_loop().time() - started_at (the tests run asyncio on a virtual "
                    "clock, which time.time() and time.monotonic() do not follow).")
        self.assertEqual(instants(got), instants(expected),
                         msg=f"run_with_sleeps({specs}) gave {got}, expected {expected} (the order of tasks "
                             f"woken at the same instant is free).{hint}")
        self.assertAlmostEqual(outcome.elapsed, 10 + total, places=6,
                               msg=f"the run took {outcome.elapsed - 10:g} virtual seconds, expected {total:g}: "
                                   "the tickers must sleep concurrently.")
        firsts = [name for _, name in got[:len(specs)]]
        hint = ""
        if starts == list(specs) and firsts != list(specs):
            hint = (f" The tickers did start in the dict's order ({starts}), but not so the trace you returned: "
                    "return the entries in the order the tickers appended them "
                    "(do not sort or regroup the trace).")
        elif calls("as_completed") or calls("wait"):
            hint = (" asyncio.as_completed and asyncio.wait keep what they are given in a set: coroutines passed to "
                    "them become tasks in the set's order, not yours. Create the tasks yourself first, in order.")
        seen = "the trace has the tickers' first entries in the order" if starts == list(specs) else \
            "started the tickers in the order"
        self.assertEqual(firsts, list(specs),
                         msg=f"run_with_sleeps({specs}) {seen} {firsts}, expected the "
                             f"dict's order {list(specs)}: starting tasks is first come, first served, so create them "
                             f"(or pass them to gather) in the order of specs.{hint}")

    def test_same_trace_as_the_generator_scheduler(self):
        self.check({"slow": [2, 3], "fast": [1, 1, 1]}, 5)

    def test_zero_delays_and_many_tasks(self):
        self.check({"a": [0, 1.5, 0], "b": [3], "c": [0.5, 0.5, 0.5, 0.5], "d": [], "e": [2.5, 0]}, 3)
