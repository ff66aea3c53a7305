import ast
import unittest

import grading

TICKS = """
result = []
try:
    async with asyncio.timeout(100):  # a ticker that never stops becomes a message instead of a hang
        async for tick in submission.ticker(interval, count):
            result.append(tick)
            record(f"tick {tick}")
except TimeoutError:
    result = {"still ticking": result[:5]}
"""

INFINITE = """
ticks = submission.ticker(1)
result = []
async for tick in ticks:
    result.append(tick)
    if len(result) == 5:
        break
await ticks.aclose()
"""

# A test-owned source that records when its cleanup runs, to see whether take closes what it reads (and, with
# `fail`, raises once its items are out, to see whether take lets the error through).
TAKE = """
import asyncio
import inspect
async def source(limit):
    try:
        for item in (range(limit) if values is None else values):
            await asyncio.sleep(1)
            yield item * 10 if values is None else item
        if fail:
            raise ValueError("the source broke")
    finally:
        record("source closed")

try:
    result = await submission.take(source(limit), n)
except TypeError as error:
    result = {"type_error": str(error)}
except StopAsyncIteration:
    result = {"stop": True}
except ValueError as error:
    if not fail:
        raise
    result = {"raised": str(error)}
if isinstance(result, list) and any(inspect.isawaitable(item) for item in result):
    result = {"awaitables": type(next(item for item in result if inspect.isawaitable(item))).__name__}
record("take returned")
"""


class TickerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_an_async_generator_function(self):
        self.assertEqual(grading.kind_of("ticker"), "async generator function",
                        msg="ticker is not an async generator function: it must be an async def that yields "
                            "each tick (an async generator), not one that returns a list at the end.")

    def test_ticks_arrive_one_interval_apart(self):
        outcome = grading.run_async(TICKS, interval=0.5, count=3)
        hint = ""
        if outcome.value == [1, 2, 3]:
            hint = " The ticks are numbered from 0."
        elif outcome.value == [0, 1, 2, 3]:
            hint = " One tick too many: ticker(interval, count) yields count ticks, 0 to count - 1."
        self.assertEqual(outcome.value, [0, 1, 2],
                         msg=f"ticker(0.5, 3) gave {outcome.value!r}, expected [0, 1, 2].{hint}")
        self.assertEqual(outcome.blocking, [], msg="ticker must wait with await asyncio.sleep, not time.sleep.")
        hint = ""
        if outcome.events == [(0.0, "tick 0"), (0.5, "tick 1"), (1.0, "tick 2")]:
            hint = ": wait the interval before each yield"
        elif len(outcome.events) == 3:
            hint = (": each tick comes one interval (0.5 s) after the one before, so wait asyncio.sleep(interval) "
                    "each time")
        self.assertEqual(outcome.events, [(0.5, "tick 0"), (1.0, "tick 1"), (1.5, "tick 2")],
                         msg=f"ticks arrived at {outcome.events}, expected tick 0 at 0.5 s, 1 at 1.0 s, 2 at "
                             f"1.5 s{hint}.")
        self.assertAlmostEqual(outcome.elapsed, 1.5, places=6,
                               msg=f"the async for over ticker(0.5, 3) ended at {outcome.elapsed:g} s, expected 1.5 s, "
                                   "right after the last tick: ticker waited again after yielding 2. Wait only "
                                   "before each tick, and end once the last one is out.")

    def test_a_count_of_zero_ticks_no_times(self):
        outcome = grading.run_async(TICKS, interval=1, count=0)
        if isinstance(outcome.value, dict):
            self.fail(f"ticker(1, 0) was still ticking after 100 virtual seconds ({outcome.value['still ticking']}"
                      " ...): a count of 0 means no ticks at all; only None means forever (test count is None, not "
                      "the count's truth).")
        self.assertEqual(outcome.value, [], msg=f"ticker(1, 0) gave {outcome.value!r}, expected no ticks.")

    def test_runs_forever_without_a_count(self):
        outcome = grading.run_async(INFINITE)
        self.assertEqual(outcome.value, [0, 1, 2, 3, 4],
                         msg=f"the first five ticks of ticker(1) were {outcome.value!r}, expected [0, 1, 2, 3, 4].")


class TakeTest(unittest.TestCase):
    longMessage = False

    def take(self, limit, n, values=None, fail=False):
        outcome = grading.run_async(TAKE, limit=limit, n=n, values=values, fail=fail)
        value = outcome.value
        if isinstance(value, dict) and "type_error" in value:
            error = value["type_error"]
            hint = ""
            if "not iterable" in error:
                hint = (": an async generator is consumed with async for (a plain for loop needs __iter__, which it "
                        "does not have)")
            elif "can't be used in 'await' expression" in error and self.aclose_uncalled():
                hint = (": await agen.aclose, without parentheses, awaits the method itself, which is not awaitable. "
                        "Call it and await what it returns: await agen.aclose()")
            self.fail(f"take raised TypeError({error!r}){hint}.")
        if isinstance(value, dict) and "stop" in value:
            self.fail(f"take(source, {n}) of a source with {limit} items raised StopAsyncIteration: anext(agen) "
                      "raises it once the source has no more items. Catch it and return what you have (or read with "
                      "async for, which stops by itself).")
        if isinstance(value, dict) and "awaitables" in value:
            self.fail(f"take's list holds {value['awaitables']} objects, not items: anext(agen) (like "
                      "agen.__anext__()) only builds an awaitable, and the item comes out when you await it: await "
                      "anext(agen).")
        if value is None:
            self.fail(f"take(source, {n}) gave None: a coroutine that ends without return gives None. Return the "
                      "list of items.")
        return outcome

    @staticmethod
    def aclose_uncalled():
        """Whether the source awaits agen.aclose without calling it."""
        return any(isinstance(node, ast.Await) and isinstance(node.value, ast.Attribute) and node.value.attr == "aclose"
                   for node in ast.walk(ast.parse(grading.source())))

    def test_takes_the_first_items(self):
        outcome = self.take(limit=10, n=3)
        hint = ""
        if outcome.value == [] and abs(outcome.elapsed - 1.0) < 1e-6:
            hint = (": take read the first item, 0, and stopped; 0 (like None) is an item too; stop only when you "
                    "have n items or the iterator is exhausted")
        self.assertEqual(outcome.value, [0, 10, 20],
                         msg=f"take(source, 3) of a source yielding 0, 10, 20, ... gave {outcome.value!r}, expected "
                             f"[0, 10, 20]{hint}.")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"took {outcome.elapsed:g} s, expected 3.0: stop reading after the third item.")

    def test_closes_the_source_before_returning(self):
        outcome = self.take(limit=10, n=2)
        labels = [label for _, label in outcome.events]
        hint = ("Breaking out of async for does not close an async generator; await agen.aclose() (or use "
                "contextlib.aclosing).")
        unawaited = self.aclose_without_await() if labels[:2] != ["source closed", "take returned"] else None
        if unawaited == "in a task":
            hint = ("Your take hands aclose() to a task, which only runs once take has returned (and its caller "
                    "awaits something): await it right there instead, await agen.aclose().")
        elif unawaited:
            hint = ("Your take calls aclose() without await: aclose() only builds an awaitable, and nothing closes "
                    "until it is awaited. Write await agen.aclose().")
        self.assertEqual(labels[:2], ["source closed", "take returned"],
                         msg=f"events were {labels}: the source's finally block had not run when take returned. "
                             f"{hint}")

    @staticmethod
    def aclose_without_await():
        """"in a task" when an aclose() call is handed to create_task / ensure_future, True when one is neither
        awaited nor handed on, None when every aclose() call is awaited."""
        tree = ast.parse(grading.source())
        awaited = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Await)}
        in_tasks = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call)
                    and isinstance(node.func, (ast.Attribute, ast.Name))
                    and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
                    in ("create_task", "ensure_future") for arg in node.args}
        found = None
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "aclose" \
                    and id(node) not in awaited:
                if id(node) in in_tasks:
                    found = found or "in a task"
                else:
                    return True
        return found

    def test_take_zero_reads_nothing_and_closes(self):
        outcome = self.take(limit=10, n=0)
        labels = [label for _, label in outcome.events]
        hint = ""
        if outcome.value == [0]:
            hint = ": take read one item before it looked at n. Check that you still need an item before reading one"
        elif isinstance(outcome.value, list) and len(outcome.value) > 1:
            hint = (": with n = 0, a check like len(items) == n after each item never matches, so take read on. "
                    "Check that you still need an item before reading one")
        self.assertEqual(outcome.value, [], msg=f"take(source, 0) gave {outcome.value!r}, expected []{hint}.")
        self.assertAlmostEqual(outcome.elapsed, 0.0, places=6,
                               msg=f"take(source, 0) took {outcome.elapsed:g} s: it should not read any item.")
        self.assertEqual(labels[:1], ["take returned"],
                         msg=f"events were {labels}: take(source, 0) ran the source, which it should not read at all.")

    def test_short_source_gives_what_it_has(self):
        outcome = self.take(limit=2, n=5)
        self.assertEqual(outcome.value, [0, 10], msg=f"a source with 2 items gave {outcome.value!r}, expected [0, 10].")

    def test_falsy_items_count_like_any_other(self):
        values = [None, 0, "", False, 5]
        outcome = self.take(limit=0, n=4, values=values)
        hint = ""
        if outcome.value == []:
            hint = (": take stopped at the first item, None. None (like 0 or \"\") is an item: the iterator has ended "
                    "only when it raises StopAsyncIteration (anext(agen, default) needs a default no item can be, "
                    "such as a fresh object())")
        self.assertEqual(outcome.value, values[:4],
                         msg=f"take(source, 4) of a source yielding None, 0, '', False, 5 gave {outcome.value!r}, "
                             f"expected {values[:4]!r}{hint}.")

    def test_an_error_in_the_source_reaches_the_caller(self):
        outcome = self.take(limit=2, n=5, fail=True)
        if outcome.value == [0, 10]:
            self.fail("take(source, 5) gave [0, 10], though the source raised ValueError('the source broke') when "
                      "asked for a third item: take swallowed the error. Let errors go through to the caller (close "
                      "the source in a finally block, with no except that catches them).")
        self.assertEqual(outcome.value, {"raised": "the source broke"},
                         msg=f"take(source, 5) of a source that raises ValueError after two items gave "
                             f"{outcome.value!r}, expected that ValueError to reach take's caller.")
