import ast
import unittest

import grading

# Spies stand in for fetch_order and record_order while process_all runs (it calls them by name), so the test
# sees when each fetch and each record starts and ends: records of a batch in flight together, the next batch
# fetched only once the previous one is recorded. They also draw the run's timeline.
PROCESS_ALL = """
events = []
original_fetch, original_record = submission.fetch_order, submission.record_order

async def fetch_spy(order_id, *args, **kwargs):
    events.append(["fetch start", order_id])
    record(f"start fetch {order_id}")
    try:
        return await original_fetch(order_id, *args, **kwargs)
    finally:
        events.append(["fetch end", order_id])
        record(f"end fetch {order_id}")

async def record_spy(order, *args, **kwargs):
    order_id = order.get("id") if isinstance(order, dict) else None
    events.append(["record start", order_id])
    try:
        return await original_record(order, *args, **kwargs)
    finally:
        events.append(["record end", order_id])
        record(f"recorded {order_id}")

submission.fetch_order, submission.record_order = fetch_spy, record_spy
try:
    value = await submission.process_all(ids, size)
finally:
    submission.fetch_order, submission.record_order = original_fetch, original_record
result = [value if isinstance(value, dict) else type(value).__name__, events]
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


# asyncio functions and classes whose loop= parameter Python 3.10 removed (ensure_future and a few others keep one)
LOOP_REMOVED = {"sleep", "gather", "shield", "wait_for", "wait", "as_completed", "Lock", "Event", "Condition",
                "Semaphore", "BoundedSemaphore", "Queue", "PriorityQueue", "LifoQueue", "open_connection",
                "start_server"}


def gathers_without_await():
    """The line of an asyncio.gather(...) call assigned to a name without await (read with ast), or None."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)) == "gather":
                return node.lineno
    return None


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
                name = ast.unparse(decorator)
                if "types.coroutine" in name or name == "coroutine" and self.imports_coroutine_from("types"):
                    self.fail(f"line {decorator.lineno}: {fn.name} is decorated with @{name}, which makes a "
                              "generator-based coroutine again. The module is converted to async/await throughout: "
                              "write it as an async def (a bare yield becomes await asyncio.sleep(0)).")
                if "coroutine" in name:
                    self.fail(f"line {decorator.lineno}: {fn.name} is still decorated with @{name}. "
                              "@asyncio.coroutine was removed in Python 3.11: write async def instead.")

    def imports_coroutine_from(self, module):
        return any(isinstance(node, ast.ImportFrom) and node.module == module
                   and any(alias.name == "coroutine" for alias in node.names) for node in ast.walk(self.tree))

    def test_no_loop_arguments(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "loop":
                        name = ast.unparse(node.func)
                        if name.rsplit(".", 1)[-1] in LOOP_REMOVED:
                            why = "The loop= arguments of sleep, Lock and gather were removed in Python 3.10"
                        else:
                            why = f"{name} does not need it (nothing in the module passes loop=)"
                        self.fail(f"line {node.lineno}: {name}(..., loop=...) still passes the loop. {why}: "
                                  "asyncio finds the running loop by itself.")
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(arg.arg == "loop" for arg in node.args.args + node.args.kwonlyargs):
                    self.fail(f"line {node.lineno}: {node.name} still takes a loop parameter; drop it (the prompt "
                              "gives the new signatures).")
            asks_for_loop = (isinstance(node, ast.Attribute) and node.attr == "get_event_loop"
                             or isinstance(node, ast.Name) and node.id == "get_event_loop"
                             or isinstance(node, ast.ImportFrom)
                             and any(alias.name == "get_event_loop" for alias in node.names))
            if asks_for_loop:
                self.fail(f"line {node.lineno}: the module still asks for the event loop with get_event_loop(); "
                          "today asyncio.run(...) creates and closes it, and nothing in the module needs it.")

    def test_no_yield_from_left(self):
        # yield from stays legal in an ordinary generator (batches may delegate with it); it may not wait for
        # anything: any yield from in an async def (a SyntaxError anyway) or in a decorated def is the legacy kind.
        for fn in self.functions():
            ordinary_generator = isinstance(fn, ast.FunctionDef) and not fn.decorator_list
            if ordinary_generator:
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.YieldFrom):
                    self.fail(f"line {node.lineno}: {fn.name} still waits with yield from {ast.unparse(node.value)}. "
                              "Write it as an async def and wait with await.")
        module_level = [node for node in ast.walk(self.tree) if isinstance(node, ast.YieldFrom)
                        and not any(node in ast.walk(fn) for fn in self.functions())]
        for node in module_level:
            self.fail(f"line {node.lineno}: yield from {ast.unparse(node.value)} is left outside any function.")


class KindsTest(unittest.TestCase):
    longMessage = False

    def assert_coroutine_function(self, name):
        kind = grading.kind_of(name)
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
        kind = grading.kind_of("batches")
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


def ledger_hint(got, ids, size, batches_right):
    """Name a cause only when the ledger proves it."""
    if not isinstance(got, dict) or not isinstance(got.get("recorded"), list):
        return ""
    recorded, expected = got["recorded"], list(ids)
    if len(recorded) > len(expected) and recorded[len(recorded) - len(expected):] == expected:
        return (" The ledger still holds the orders of earlier calls: process_all must start a new ledger "
                "({'total': 0, 'recorded': []}) inside the function on every call, not share one made at module "
                "level or as a default argument.")
    empty = [i for i in ids if i % 4 == 0]
    if recorded == [i for i in ids if i % 4 != 0] and empty:
        return (f" The orders with 0 items ({', '.join(map(str, empty))}) were left out: an order with 0 items is "
                "still an order, so record it (add 0 to the total and append its id).")
    if recorded == [i for i in ids if i] and 0 in ids:
        return " Order 0 was left out: 0 is an id like any other; do not test the ids for truth."
    if sorted(recorded) == sorted(expected) and recorded != expected:
        return (" The right ids in another order: record each batch in the order of its ids (gather returns the "
                "results in the order of its arguments; as_completed and sets do not).")
    if len(recorded) < len(expected) and sorted(set(recorded)) == sorted(set(expected)):
        return (" A repeated id was recorded once only: every id of order_ids is recorded, repeats included (a dict "
                "or set keyed by id keeps one).")
    last = len(expected) - (len(expected) % size or size)
    if batches_right and last and recorded == expected[:last]:
        return (" The last batch was fetched but not recorded when process_all returned: await the record tasks "
                "(gather them) before the next batch and before you return.")
    if batches_right and len(expected) > size and recorded == expected[:size]:
        return " Only the first batch was recorded: return the ledger after the loop, not inside it."
    if recorded == expected and got.get("total") != sum(i % 4 for i in ids):
        return (" Every order was recorded but the total is short: two records read the same total and one "
                "update was lost. Hold the lock (async with lock:) around the read, the scheduling point "
                "and the write, and share one lock between all the records.")
    return ""


class ProcessAllTest(unittest.TestCase):
    longMessage = False

    def process_all(self, ids, size):
        try:
            outcome = grading.run_async(PROCESS_ALL, ids=ids, size=size)
        except grading.RemoteError as error:
            if error.type_name != "Deadlock" or not grading.run_async(HOLDS_THE_LOCK).value[2]:
                raise
            self.fail(f"process_all({ids}, {size}) waited forever (the event loop found every task waiting: a "
                      "deadlock): record_order leaves the lock locked (see the lock test), so the next record "
                      "waits for it forever. Hold it with async with lock:, which releases it at the end.")
        except RuntimeError as error:
            line = gathers_without_await()
            if "await wasn't used with future" not in str(error) or line is None:
                raise
            self.fail(f"process_all({ids}, {size}) raised RuntimeError: await wasn't used with future. Line {line} "
                      "assigns asyncio.gather(...) without await: that gives a Future, not the list of orders, and "
                      "looping over a Future with for drives it by hand. Write orders = await asyncio.gather(...).")
        value, events = outcome.value
        if not isinstance(value, dict):
            self.fail(f"process_all({ids}, {size}) gave a {value}, expected the ledger dict.")
        return outcome, value, events

    def check_ledger(self, ids, size):
        outcome, value, events = self.process_all(ids, size)
        expected = {"total": sum(i % 4 for i in ids), "recorded": list(ids)}
        if value != expected:
            batches_right = grading.run(BATCHES, items=list(ids), size=size) == [
                list(ids[start:start + size]) for start in range(0, len(ids), size)]
            self.fail(f"process_all({ids}, {size}) gave {value!r}, expected {expected!r}."
                      + ledger_hint(value, ids, size, batches_right))
        return outcome, events

    def test_totals_and_order(self):
        self.check_ledger([1, 2, 3, 4, 5], 2)

    def test_one_batch_at_a_time_fetches_together(self):
        outcome, value, events = self.process_all([1, 2, 3, 4, 5], 2)
        self.assertEqual(outcome.blocking, [], msg="process_all must not block the loop." + blocking_hint(outcome))
        hint = ""
        if abs(outcome.elapsed - 1.5) < 1e-6 and value.get("recorded") == [1, 2, 3, 4, 5]:
            hint = (" Everything was fetched at once: take the ids one batch at a time, starting the next batch "
                    "only when the previous one is recorded.")
        elif abs(outcome.elapsed - 1.5) < 1e-6 and value.get("recorded") == [1, 2]:
            hint = " process_all stopped after the first batch: return the ledger after the loop, not inside it."
        elif outcome.elapsed > 4.0 + 1e-6:
            hint = (" The fetches of a batch ran one after another: start them all as tasks and gather them, as "
                    "the legacy code does.")
        self.assertAlmostEqual(outcome.elapsed, 4.0, places=6,
                               msg=f"process_all([1, 2, 3, 4, 5], 2) took {outcome.elapsed:g} virtual seconds, "
                                   f"expected 4.0 (1.5 + 1.0 + 1.5: each batch waits for its slowest fetch).{hint}")

    def test_records_of_a_batch_run_as_concurrent_tasks(self):
        _, _, events = self.process_all([1, 2, 3, 4, 5], 2)
        if not any(kind == "record start" for kind, _ in events):
            return  # process_all does not call record_order by name: judged on its ledger and time alone
        in_flight = most = 0
        for kind, _ in events:
            if kind == "record start":
                in_flight += 1
                most = max(most, in_flight)
            elif kind == "record end":
                in_flight -= 1
        if most <= 1 and not grading.run_async(HOLDS_THE_LOCK).value[0]:
            self.fail("the records of a batch never overlapped, because record_order never gives the other tasks a "
                      "turn while it holds the lock (see the scheduling-point test): await asyncio.sleep(0) inside "
                      "async with lock.")
        self.assertGreater(most, 1,
                           msg="the records of a batch ran one after another: no two record_order calls were ever "
                               "in progress together. As in the legacy code, start each record of a batch as a task "
                               "(create_task, or gather of the coroutines) and wait for them together, so they "
                               "share the lock.")

    def test_next_batch_waits_for_the_records(self):
        ids, size = [1, 2, 3, 4, 5], 2
        _, _, events = self.process_all(ids, size)
        if not any(kind == "record end" for kind, _ in events):
            return  # process_all does not call record_order by name: judged on its ledger and time alone
        fetches = recorded = 0
        for kind, order_id in events:
            if kind == "record end":
                recorded += 1
            elif kind == "fetch start":
                if fetches % size == 0 and recorded < fetches:
                    self.fail(f"the fetch of order {order_id} (batch {fetches // size + 1}) started when only "
                              f"{recorded} of the {fetches} orders before it were recorded: the next batch starts "
                              "when the whole batch is recorded. Await the batch's records before you fetch the "
                              "next batch.")
                fetches += 1

    def test_big_batches(self):
        ids = [4, 9, 2, 7, 12, 0, 3, 3, 9]  # orders with 0 items, an order 0, a repeated id in one batch
        outcome, _ = self.check_ledger(ids, 3)
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"process_all({ids}, 3) took {outcome.elapsed:g} virtual seconds, expected 3.0 "
                                   "(1.5 + 1.0 + 0.5: each batch waits for its slowest fetch).")

    def test_no_orders(self):
        _, value, _ = self.process_all([], 2)
        hint = ""
        if isinstance(value.get("recorded"), list) and value["recorded"]:
            hint = (" No order was fetched, so these ids come from earlier calls: start a new ledger inside "
                    "process_all on every call, not one made at module level or as a default argument.")
        self.assertEqual(value, {"total": 0, "recorded": []},
                         msg=f"process_all([], 2) gave {value!r}, expected {{'total': 0, 'recorded': []}}.{hint}")
