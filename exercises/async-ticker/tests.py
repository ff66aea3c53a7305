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

# A test-owned source that records when its cleanup runs, to see whether take closes what it reads.
TAKE = """
import asyncio
async def source(limit):
    try:
        for item in (range(limit) if values is None else values):
            await asyncio.sleep(1)
            yield item * 10 if values is None else item
    finally:
        record("source closed")

try:
    result = await submission.take(source(limit), n)
except TypeError as error:
    result = "TypeError: " + str(error)
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
        self.assertEqual(outcome.value, [0, 1, 2], msg=f"ticker(0.5, 3) gave {outcome.value!r}, expected [0, 1, 2].")
        self.assertEqual(outcome.blocking, [], msg="ticker must wait with await asyncio.sleep, not time.sleep.")
        hint = ": wait the interval before each yield" if outcome.events[:1] == [(0.0, "tick 0")] else ""
        self.assertEqual(outcome.events, [(0.5, "tick 0"), (1.0, "tick 1"), (1.5, "tick 2")],
                         msg=f"ticks arrived at {outcome.events}, expected tick 0 at 0.5 s, 1 at 1.0 s, 2 at "
                             f"1.5 s{hint}.")

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

    def take(self, limit, n, values=None):
        outcome = grading.run_async(TAKE, limit=limit, n=n, values=values)
        if isinstance(outcome.value, str):
            self.fail(f"take raised {outcome.value}: an async generator is consumed with async for "
                      "(a plain for loop needs __iter__, which it does not have).")
        return outcome

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
        if labels[:2] != ["source closed", "take returned"] and self.aclose_without_await():
            hint = ("Your take calls aclose() without await: aclose() only builds an awaitable, and nothing closes "
                    "until it is awaited. Write await agen.aclose().")
        self.assertEqual(labels[:2], ["source closed", "take returned"],
                         msg=f"events were {labels}: the source's finally block had not run when take returned. "
                             f"{hint}")

    @staticmethod
    def aclose_without_await():
        tree = ast.parse(grading.source())
        awaited = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Await)}
        return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                   and node.func.attr == "aclose" and id(node) not in awaited for node in ast.walk(tree))

    def test_take_zero_reads_nothing_and_closes(self):
        outcome = self.take(limit=10, n=0)
        labels = [label for _, label in outcome.events]
        hint = ""
        if outcome.value == [0]:
            hint = ": take read one item before it looked at n. Check that you still need an item before reading one"
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
