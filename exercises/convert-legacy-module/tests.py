import ast
import unittest

import grading

KIND = """
import inspect
fn = getattr(submission, name)
if inspect.isasyncgenfunction(fn):
    result = "async generator function"
elif inspect.iscoroutinefunction(fn):
    result = "coroutine function"
elif inspect.isgeneratorfunction(fn):
    result = "generator function"
else:
    result = "plain function"
"""

PROCESS_ALL = """
value = await submission.process_all(ids, size)
result = value if isinstance(value, dict) else type(value).__name__
"""

HOLDS_THE_LOCK = """
lock = asyncio.Lock()
ledger = {"total": 5, "recorded": [3]}
task = asyncio.create_task(submission.record_order({"id": 7, "items": 2}, lock, ledger))
await asyncio.sleep(0)  # the task starts, takes the lock and stops at its scheduling point
held = lock.locked()
await task
result = [held, ledger, lock.locked()]
"""

BATCHES = """
import itertools
made = submission.batches(items, size)
result = [list(chunk) for chunk in itertools.islice(made, 10)]
"""


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    return " time.sleep blocked the event loop: wait with await asyncio.sleep(...)."


class ModernSyntaxTest(unittest.TestCase):
    longMessage = False

    def setUp(self):
        self.tree = ast.parse(grading.source())

    def functions(self):
        return [node for node in ast.walk(self.tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]

    def test_no_asyncio_coroutine_decorator(self):
        for fn in self.functions():
            for decorator in fn.decorator_list:
                if "coroutine" in ast.unparse(decorator):
                    self.fail(f"line {decorator.lineno}: {fn.name} is still decorated with @{ast.unparse(decorator)}. "
                              "@asyncio.coroutine was removed in Python 3.11: write async def instead.")

    def test_no_loop_arguments(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "loop":
                        self.fail(f"line {node.lineno}: {ast.unparse(node.func)}(..., loop=...) still passes the loop. "
                                  "The loop= arguments were removed in Python 3.10: asyncio finds the running loop.")
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(arg.arg == "loop" for arg in node.args.args + node.args.kwonlyargs):
                    self.fail(f"line {node.lineno}: {node.name} still takes a loop parameter; drop it (the prompt "
                              "gives the new signatures).")
            if isinstance(node, ast.Attribute) and node.attr == "get_event_loop":
                self.fail(f"line {node.lineno}: the module still asks for the event loop with get_event_loop(); "
                          "today asyncio.run(...) creates and closes it, and nothing in the module needs it.")

    def test_no_yield_from_left(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.YieldFrom):
                self.fail(f"line {node.lineno}: yield from {ast.unparse(node.value)} is left. Inside async def, "
                          "wait with await; the prompt's module has no yield from outside coroutines.")


class KindsTest(unittest.TestCase):
    longMessage = False

    def assert_coroutine_function(self, name):
        kind = grading.run(KIND, name=name)
        hint = ""
        if kind == "async generator function":
            hint = (" A yield inside async def makes it an async generator: the bare yield of the legacy code "
                    "becomes await asyncio.sleep(0).")
        self.assertEqual(kind, "coroutine function",
                         msg=f"{name} is a {kind}, expected a coroutine function (async def).{hint}")

    def test_fetch_order_is_a_coroutine_function(self):
        self.assert_coroutine_function("fetch_order")

    def test_record_order_is_a_coroutine_function(self):
        self.assert_coroutine_function("record_order")

    def test_process_all_is_a_coroutine_function(self):
        self.assert_coroutine_function("process_all")

    def test_batches_stays_a_generator(self):
        kind = grading.run(KIND, name="batches")
        self.assertEqual(kind, "generator function",
                         msg=f"batches is a {kind}; it must stay a plain generator function (def with yield): it "
                             "never waited for anything, and process_all walks it with a plain for.")


class BatchesTest(unittest.TestCase):
    longMessage = False

    def test_slices_with_a_shorter_last_batch(self):
        got = grading.run(BATCHES, items=[1, 2, 3, 4, 5], size=2)
        expected = [[1, 2], [3, 4], [5]]
        hint = " The last, shorter batch is missing." if got == expected[:2] else ""
        self.assertEqual(got, expected, msg=f"batches([1, 2, 3, 4, 5], 2) gave {got}, expected {expected}.{hint}")

    def test_no_items_no_batches(self):
        got = grading.run(BATCHES, items=[], size=3)
        self.assertEqual(got, [], msg=f"batches([], 3) gave {got}, expected no batches at all.")


class FetchOrderTest(unittest.TestCase):
    longMessage = False

    def test_waits_and_returns_the_order(self):
        outcome = grading.run_async("result = await submission.fetch_order(8)")
        self.assertEqual(outcome.value, {"id": 8, "items": 0},
                         msg=f"await fetch_order(8) gave {outcome.value!r}, expected {{'id': 8, 'items': 0}}.")
        self.assertAlmostEqual(outcome.elapsed, 1.5, places=6,
                               msg=f"fetch_order(8) took {outcome.elapsed:g} virtual seconds, expected 1.5 "
                                   f"(0.5 + 8 % 3 * 0.5).{blocking_hint(outcome)}")
        self.assertEqual(outcome.blocking, [], msg="fetch_order must not block the loop." + blocking_hint(outcome))


class RecordOrderTest(unittest.TestCase):
    longMessage = False

    def test_holds_the_lock_at_its_scheduling_point(self):
        outcome = grading.run_async(HOLDS_THE_LOCK)
        held, ledger, still_locked = outcome.value
        self.assertEqual(ledger, {"total": 7, "recorded": [3, 7]},
                         msg=f"after record_order({{'id': 7, 'items': 2}}, lock, ledger) the ledger was {ledger!r}, "
                             "expected {'total': 7, 'recorded': [3, 7]}.")
        self.assertTrue(held is True,
                        msg="record_order did not stop at a scheduling point while holding the lock: another task "
                            "that ran right after it started found the lock free. Keep the legacy bare yield as "
                            "await asyncio.sleep(0) inside async with lock.")
        self.assertFalse(still_locked, msg="record_order left the lock locked: release it (async with does).")


class ProcessAllTest(unittest.TestCase):
    longMessage = False

    def process_all(self, ids, size):
        outcome = grading.run_async(PROCESS_ALL, ids=ids, size=size)
        if not isinstance(outcome.value, dict):
            self.fail(f"process_all({ids}, {size}) gave a {outcome.value}, expected the ledger dict.")
        return outcome

    def test_totals_and_order(self):
        outcome = self.process_all([1, 2, 3, 4, 5], 2)
        expected = {"total": 7, "recorded": [1, 2, 3, 4, 5]}
        hint = ""
        if outcome.value.get("recorded") == expected["recorded"] and outcome.value.get("total") != expected["total"]:
            hint = (" Every order was recorded but the total is short: two records read the same total and one "
                    "update was lost. Hold the lock (async with lock:) around the read, the scheduling point "
                    "and the write.")
        self.assertEqual(outcome.value, expected,
                         msg=f"process_all([1, 2, 3, 4, 5], 2) gave {outcome.value!r}, expected {expected!r}.{hint}")

    def test_one_batch_at_a_time_fetches_together(self):
        outcome = self.process_all([1, 2, 3, 4, 5], 2)
        self.assertEqual(outcome.blocking, [], msg="process_all must not block the loop." + blocking_hint(outcome))
        hint = ""
        if abs(outcome.elapsed - 1.5) < 1e-6:
            hint = (" Everything was fetched at once: take the ids one batch at a time, starting the next batch "
                    "only when the previous one is recorded.")
        elif outcome.elapsed > 4.0 + 1e-6:
            hint = (" The fetches of a batch ran one after another: start them all as tasks and gather them, as "
                    "the legacy code does.")
        self.assertAlmostEqual(outcome.elapsed, 4.0, places=6,
                               msg=f"process_all([1, 2, 3, 4, 5], 2) took {outcome.elapsed:g} virtual seconds, "
                                   f"expected 4.0 (1.5 + 1.0 + 1.5: each batch waits for its slowest fetch).{hint}")

    def test_big_batches(self):
        ids = [4, 9, 2, 7, 12, 5, 3]
        outcome = self.process_all(ids, 3)
        expected = {"total": sum(i % 4 for i in ids), "recorded": ids}
        self.assertEqual(outcome.value, expected,
                         msg=f"process_all({ids}, 3) gave {outcome.value!r}, expected {expected!r}.")
        self.assertAlmostEqual(outcome.elapsed, 3.5, places=6,
                               msg=f"process_all({ids}, 3) took {outcome.elapsed:g} virtual seconds, expected 3.5 "
                                   "(1.5 + 1.5 + 0.5: each batch waits for its slowest fetch).")

    def test_no_orders(self):
        outcome = self.process_all([], 2)
        self.assertEqual(outcome.value, {"total": 0, "recorded": []},
                         msg=f"process_all([], 2) gave {outcome.value!r}, expected {{'total': 0, 'recorded': []}}.")
