import ast
import unittest

import grading

# A fake handler taking `seconds`; it tracks how many items are handled at once. The run is bounded by a
# virtual timeout so that a queue nobody finishes becomes a clear message instead of a hang, and it reports
# the tasks still alive when process_all has returned.
PROCESS_ALL = """
import asyncio
flight = {"now": 0, "peak": 0, "started": 0, "finished": 0}
handlers = set()  # the tasks that called handle: the learner's workers

async def handle(item):
    handlers.add(asyncio.current_task())
    flight["now"] += 1
    flight["started"] += 1
    flight["peak"] = max(flight["peak"], flight["now"])
    try:
        await asyncio.sleep(seconds[item] if isinstance(seconds, dict) else seconds)
    finally:
        flight["now"] -= 1
    flight["finished"] += 1
    return item.upper()

main = asyncio.current_task()
alive_at_the_end = []
# Just before the test gives up: how many of the learner's tasks are still alive (workers waiting in get()?)
watcher = asyncio.get_running_loop().call_later(
    99.5, lambda: alive_at_the_end.append(len([task for task in asyncio.all_tasks() if task is not main])))
try:
    async with asyncio.timeout(100):
        done = await submission.process_all(items, handle, workers)
except TimeoutError:
    result = {"stuck": True, "started": flight["started"], "finished": flight["finished"],
              "alive": alive_at_the_end[0] if alive_at_the_end else None}
except asyncio.CancelledError:
    if asyncio.current_task().cancelling():
        raise  # a real cancellation from outside: not the learner's
    result = {"cancelled error": True}
else:
    left = [task for task in asyncio.all_tasks() if task is not main]
    if not isinstance(done, dict):
        result = {"not a dict": type(done).__name__}
    else:
        result = {
            "results": dict(done),
            "peak": flight["peak"],
            "left_running": len(left),
            "left_cancelling": len([task for task in left if task.cancelling()]),
        }
watcher.cancel()
died = [task for task in handlers if task.done() and not task.cancelled() and task.exception() is not None]
if died:
    error = died[0].exception()
    result["worker died"] = [type(error).__name__, str(error)]
"""

ITEMS = ["a", "b", "c", "d", "e", "f"]


def calls(name):
    """Whether the learner's code calls something named `name` (queue.task_done(), asyncio.LifoQueue())."""
    try:
        tree = ast.parse(grading.source())
    except SyntaxError:
        return False
    return any(isinstance(node, ast.Call) and name in (getattr(node.func, "attr", None), getattr(node.func, "id", None))
               for node in ast.walk(tree))


# Every item any test hands to process_all: a key from another test's items means a dict shared between calls.
ALL_ITEMS = set(ITEMS) | {"z0", "b", "c", "d", "e", "f", "x", "y", "z", ""}


def leftover(results, items):
    """A hint when results hold items of an earlier call (a dict shared between calls)."""
    if isinstance(results, dict) and any(key not in items for key in results) and all(
            isinstance(key, str) and key in ALL_ITEMS for key in results):
        return (" It holds items of an earlier call: build a new dict inside process_all on every call, not one "
                "at module level or as a default argument.")
    return ""


class ProcessAllTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def process_all(self, items, workers, seconds=1):
        try:
            outcome = grading.run_async(PROCESS_ALL, items=items, workers=workers, seconds=seconds)
        except grading.RemoteError as error:
            if error.type_name != "Deadlock":
                raise
            self.fail("process_all could not be stopped: after 100 virtual seconds the test gave up and cancelled "
                      "it, and still its tasks went on waiting forever. Something caught the CancelledError and "
                      "carried on: a worker that catches asyncio.CancelledError (or BaseException, or everything "
                      "with a bare except) and goes back to queue.get() can never be stopped by task.cancel(). Let "
                      "the CancelledError propagate (clean up in finally, or re-raise it).")
        if "worker died" in outcome.value:
            kind, text = outcome.value["worker died"]
            why = ("queue.task_done() was called more often than items were taken: call it exactly once for each "
                   "get(), in a finally (not also in the try)" if text == "task_done() called too many times" else
                   "fix what raised it; an exception in a task stays in the task until someone awaits it, so "
                   "nothing else showed it")
            self.fail(f"a worker task stopped with {kind}({text!r}) after handling an item, so it took no more "
                      f"items: {why}.")
        if "not a dict" in outcome.value:
            self.fail(f"process_all returned a {outcome.value['not a dict']}, expected a dict {{item: result}}.")
        if outcome.value.get("cancelled error"):
            self.fail("process_all raised CancelledError although nobody cancelled it: it awaited workers it had "
                      "cancelled, and awaiting a cancelled task raises CancelledError. Wait for them with "
                      "await asyncio.gather(*workers, return_exceptions=True) (or asyncio.wait(workers)).")
        if outcome.value.get("stuck") and outcome.value["started"] == 0 and items:
            self.fail("process_all was still waiting after 100 virtual seconds, and no item was ever handled: no "
                      "worker was running to take the items off the queue. Start the worker tasks before you wait "
                      "with await queue.join(), and let each worker wait in await queue.get() (a worker that stops "
                      "as soon as the queue is empty may stop before the items arrive).")
        handled = f"all {len(items)} items were handled" if items else "there were no items to handle"
        if outcome.value.get("stuck") and outcome.value["alive"] == 0 and outcome.value["finished"] < len(items):
            self.fail(f"process_all was still waiting after 100 virtual seconds: only {outcome.value['finished']} "
                      f"of {len(items)} items were handled, and every worker task had already ended. Each worker "
                      "must keep taking items (a loop around await queue.get()) until it is told to stop, not "
                      "stop after one item or when the queue looks empty.")
        if outcome.value.get("stuck") and outcome.value["alive"] == 0 and calls("join"):
            self.fail(f"{handled} and every worker task had ended, yet process_all was still waiting after 100 "
                      "virtual seconds, in await queue.join(): join waits for one queue.task_done() for every put, "
                      "stop markers included. A worker that stops on a marker must call queue.task_done() for it "
                      "too (or wait for the workers, with gather, instead of join).")
        if (outcome.value.get("stuck") and outcome.value["finished"] == len(items)
                and calls("task_done")):
            self.fail(f"{handled}, yet process_all was still waiting after 100 virtual "
                      "seconds: it waited for workers that never stop (a worker blocks in queue.get() forever "
                      "once the queue is empty). After await queue.join(), cancel the workers, or put one stop "
                      "marker per worker on the queue; then wait for them.")
        if outcome.value.get("stuck") and outcome.value["finished"] == len(items):
            self.fail(f"{handled}, yet process_all was still waiting after 100 virtual "
                      "seconds. If it waits with await queue.join(): that returns only once every item taken with "
                      "get() has been marked with queue.task_done(). If it waits for the workers: each one needs "
                      "to be told to stop (cancel it, or give it its own stop marker).")
        if outcome.value.get("stuck"):
            self.fail("process_all was still waiting after 100 virtual seconds: queue.join() never returned. "
                      "It waits until every item taken with get() has been marked with queue.task_done().")
        self.assertEqual(outcome.blocking, [], msg="process_all must not block the event loop with time.sleep.")
        return outcome

    def test_handles_every_item(self):
        outcome = self.process_all(ITEMS, workers=3)
        expected = {item: item.upper() for item in ITEMS}
        results = outcome.value["results"]
        hint = ""
        if sorted(map(repr, results.values())) == sorted(map(repr, expected.values())) and results != expected:
            hint = (" The right results under other keys: the dict maps each item itself to its result, "
                    "{item: result}.")
        elif set(results) < set(expected) and not outcome.never_awaited:
            hint = (" Items are missing: the workers were stopped before the queue was drained. Stop them only "
                    "once every item is done (await queue.join() before cancelling them, or put the stop markers "
                    "after all the items).")
        self.assertEqual(results, expected, msg=f"got {results!r}, expected {expected!r}.{hint}")

    def test_workers_run_concurrently(self):
        outcome = self.process_all(ITEMS, workers=3)
        if outcome.value["peak"] == 1:
            self.fail(f"only one item was handled at a time: took {outcome.elapsed:g} virtual seconds, expected "
                      "2.0 with 3 workers. Start `workers` tasks that each take items from the queue.")
        self.assertLessEqual(outcome.value["peak"], 3,
                             msg=f"{outcome.value['peak']} items were handled at once with 3 workers: only "
                                 "`workers` tasks may handle items, each one item at a time. Start exactly "
                                 "range(workers) worker tasks, and let each one await handle(item) itself.")
        hint = ""
        if 0 < outcome.value["peak"] < 3:
            hint = (f": at most {outcome.value['peak']} items were handled at once, so fewer than 3 workers were "
                    "taking items. Count the worker tasks you start: range(workers) starts exactly `workers`")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"6 one-second items with 3 workers took {outcome.elapsed:g} virtual seconds, "
                                   f"expected 2.0{hint}.")

    def assert_stopped(self, outcome, situation):
        left, cancelling = outcome.value["left_running"], outcome.value["left_cancelling"]
        if left and cancelling == left:
            self.fail(f"{situation}, {left} worker task(s) were cancelled but still running when process_all "
                      "returned: task.cancel() only asks a task to stop. Wait until they have stopped: await "
                      "asyncio.gather(*workers, return_exceptions=True) after cancelling them.")
        self.assertEqual(left, 0,
                         msg=f"{situation}, {left} task(s) were still running after process_all returned: workers "
                             "wait in queue.get() forever. After queue.join(), cancel the workers and await them "
                             "(gather with return_exceptions=True).")

    def test_stops_its_workers(self):
        outcome = self.process_all(ITEMS, workers=3)
        self.assert_stopped(outcome, "with 6 items and 3 workers")

    def test_a_slow_item_holds_up_no_one(self):
        # One long item first: with a shared queue the other worker takes the rest one after another as it gets
        # free (done at 4 s); items dealt out in advance (z0 c e to one worker, b d f to the other) take 5 s.
        # z0 sorts last, so a PriorityQueue (smallest first) also handles it last.
        durations = {"z0": 3, "b": 1, "c": 1, "d": 1, "e": 1, "f": 1}
        outcome = self.process_all(list(durations), workers=2, seconds=durations)
        expected = {item: item.upper() for item in durations}
        self.assertEqual(outcome.value["results"], expected,
                         msg=f"got {outcome.value['results']!r}, expected {expected!r}."
                             + leftover(outcome.value["results"], expected))
        hint = ""
        if outcome.elapsed > 4 + 1e-6 and (calls("LifoQueue") or calls("PriorityQueue")):
            hint = (": the long item z0 was put first but handled last. Items must leave the queue in the order "
                    "they were put: asyncio.Queue is first in, first out (a LifoQueue or PriorityQueue is not)")
        elif outcome.elapsed > 4 + 1e-6 and outcome.value["peak"] == 2:
            hint = (": a worker sat idle while items were still waiting. Each worker must take its next item from "
                    "the shared queue as soon as it is free, not work through a share of the items given to it in "
                    "advance")
        self.assertAlmostEqual(outcome.elapsed, 4.0, places=6,
                               msg=f"items taking {durations} seconds with 2 workers took {outcome.elapsed:g} "
                                   f"virtual seconds, expected 4.0{hint}.")

    def test_more_workers_than_items(self):
        outcome = self.process_all(["x", "y"], workers=5, seconds=2)
        results = outcome.value["results"]
        hint = (": every item is handled, whatever the number of workers (three of them simply find nothing to do)."
                if set(results) < {"x", "y"} else "." + leftover(results, ["x", "y"]))
        self.assertEqual(results, {"x": "X", "y": "Y"},
                         msg=f"with items ['x', 'y'] and 5 workers, got {results!r}, expected "
                             f"{{'x': 'X', 'y': 'Y'}}{hint}")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"two 2-second items with 5 workers took {outcome.elapsed:g} virtual seconds, "
                                   "expected 2.0 (both handled at once).")
        self.assert_stopped(outcome, "with 2 items and 5 workers")

    def test_an_empty_string_is_an_item(self):
        items = ["x", "", "y", "z"]
        outcome = self.process_all(items, workers=2)
        expected = {item: item.upper() for item in items}
        hint = ""
        if outcome.value["results"] and set(outcome.value["results"]) <= set(items) - {""}:
            hint = (": the empty string is an item like any other; if your workers stop on a falsy item, use a "
                    "marker no item can be (None or object()), and compare with `is`")
        self.assertEqual(outcome.value["results"], expected,
                         f"items {items!r} gave {outcome.value['results']!r}, expected {expected!r}{hint}."
                         + leftover(outcome.value["results"], items))

    def test_no_items(self):
        outcome = self.process_all([], workers=2)
        self.assertEqual(outcome.value["results"], {}, msg=f"no items should give {{}}, got {outcome.value['results']!r}."
                         + leftover(outcome.value["results"], []))
        self.assert_stopped(outcome, "with no items")
