import ast
import unittest

import grading

STOP = """
log = []
if slow_cleanup:
    # A worker whose cleanup takes time (it flushes for 0.5 s): stop_after must wait until it has finished.
    real_worker = submission.worker

    async def flushing_worker(log):
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            await asyncio.sleep(0.5)
            log.append("flushed")
            raise

    submission.worker = flushing_worker
if swallowing:
    # A worker that swallows its cancellation: its task ends normally, so task.cancelled() is False.
    real_worker = submission.worker

    async def stubborn_worker(log):
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            log.append("swallowed")
        return "done"

    submission.worker = stubborn_worker
await asyncio.sleep(wait_first)  # a later call: the time counts from the call, not from the loop's start
called_at = now()
try:
    value = await submission.stop_after(seconds, log)
except asyncio.CancelledError:
    value = "CancelledError"
except TimeoutError:
    value = "TimeoutError"
finally:
    if slow_cleanup or swallowing:
        submission.worker = real_worker
at_return = [list(log), now() - called_at]
await asyncio.sleep(5)  # a worker that is still alive keeps logging
for task in asyncio.all_tasks():
    if task is not asyncio.current_task():
        task.cancel()
result = [value, at_return[0], at_return[1], list(log)]
"""

# The learner's worker on its own: run as a task, cancelled at 2.5 s; how did it end, what did it log?
WORKER = """
log = []
coro = submission.worker(log)
if not asyncio.iscoroutine(coro):
    result = ["not a coroutine", log]
else:
    task = asyncio.create_task(coro)
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        async with asyncio.timeout(10):
            await task
        ended = "normally"
    except asyncio.CancelledError:
        ended = "cancelled"
    except TimeoutError:
        ended = "still running 10 s later"
    result = [ended, list(log)]
"""

SAVE = """
async def save(data):
    record("start save " + data)
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        record("cancelled save " + data)
        raise
    record("end save " + data)
    return "receipt " + data

await asyncio.sleep(wait_first)  # a later call: the timeout counts from the call, not from the loop's start
called_at = now()
try:
    value = await submission.save_shielded(save, data, timeout)
except TimeoutError:
    value = "TimeoutError"
returned_at = now() - called_at
await asyncio.sleep(10)  # a save left running in the background finishes in this time
result = [value, returned_at]
"""


def uses_shield():
    """Whether the learner's code calls asyncio.shield (read with ast: comments and names of other things do not
    count)."""
    return any(isinstance(node, ast.Call) and "shield" in (getattr(node.func, "attr", None), getattr(node.func, "id", None))
               for node in ast.walk(ast.parse(grading.source())))


def names_in(function):
    """The names and attributes mentioned in the learner's top-level function `function` (read with ast)."""
    found = set()
    for node in ast.parse(grading.source()).body:
        if isinstance(node, ast.AsyncFunctionDef) and node.name == function:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name):
                    found.add(inner.id)
                elif isinstance(inner, ast.Attribute):
                    found.add(inner.attr)
    return found


def returned_by(function):
    """What the learner's `function` returns, as far as the source tells: "True" for a fixed True, "done" for
    task.done(), "cancel" for the value of task.cancel() (returned or kept in a variable), or None."""
    def is_call_of(node, name):
        return isinstance(node, ast.Call) and getattr(node.func, "attr", None) == name

    for node in ast.parse(grading.source()).body:
        if isinstance(node, ast.AsyncFunctionDef) and node.name == function:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and isinstance(inner.value, ast.Constant) and inner.value.value is True:
                    return "True"
                if isinstance(inner, ast.Return) and is_call_of(inner.value, "done"):
                    return "done"
                if (isinstance(inner, ast.Return) and is_call_of(inner.value, "cancel")) or (
                        isinstance(inner, ast.Assign) and is_call_of(inner.value, "cancel")):
                    return "cancel"
    return None


def labels(outcome):
    return [label for _, label in outcome.events]


STEPS_GO_ON = (" The steps count on from an earlier call: keep the counter local to each call of worker (n = 0 "
               "inside it), not at module level.")


def counts_on(log):
    """Whether the log's steps begin past 1 and go up by one (a counter that outlived an earlier call)."""
    steps = [entry for entry in log if isinstance(entry, str) and entry.startswith("step ")]
    try:
        numbers = [int(entry.split()[1]) for entry in steps]
    except ValueError:
        return False
    return bool(numbers) and numbers[0] > 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


class StopAfterTest(unittest.TestCase):
    longMessage = False

    def stop_after(self, seconds, slow_cleanup=False, swallowing=False, wait_first=0):
        outcome = grading.run_async(STOP, seconds=seconds, slow_cleanup=slow_cleanup, swallowing=swallowing,
                                    wait_first=wait_first)
        if outcome.blocking:
            self.fail(f"the event loop was blocked by time.sleep (at {outcome.blocking[0][0]:g} s, for "
                      f"{outcome.blocking[0][1]:g} s): while it sleeps nothing else runs, not even the cancel. "
                      "Use await asyncio.sleep(1) in worker.")
        value = outcome.value
        if value[0] == "CancelledError":
            self.fail("stop_after itself raised CancelledError: awaiting a task that was cancelled raises "
                      "CancelledError, and it is a BaseException (since Python 3.8), so except Exception does not "
                      "catch it. Catch asyncio.CancelledError around await task (or use contextlib.suppress, or "
                      "asyncio.wait).")
        if value[0] == "TimeoutError":
            self.fail("stop_after itself raised TimeoutError: that is how asyncio.wait_for and asyncio.timeout say "
                      "the time is up (they cancel the task, and the CancelledError stays inside them). Catch "
                      "TimeoutError there, then return task.cancelled().")
        return value

    def test_cancels_cleans_up_and_reports(self):
        value, log, at, later = self.stop_after(2.5)
        expected = ["step 1", "step 2", "cleanup"]
        if log == expected[:2] and later[2:3] == ["cleanup"]:
            self.fail(f"when stop_after returned the log was {log}: the worker's cleanup came only later. After "
                      "task.cancel(), await the task (catching its CancelledError) so it has finished when "
                      "stop_after returns.")
        if log == expected[:2] and "cleanup" not in later:
            self.fail(f"the log was {log}: the worker never appended 'cleanup'. CancelledError is a BaseException "
                      "(since Python 3.8), so except Exception does not catch it: clean up in except "
                      "asyncio.CancelledError or in finally.")
        hint = " n counts from 1." if log[:1] == ["step 0"] else STEPS_GO_ON if counts_on(log) else ""
        if log[:3] == ["step 1", "step 2", "step 3"]:
            hint = " Each step comes after its 1-second sleep: sleep first, then append (step 1 at 1 s)."
        self.assertEqual(log, expected, msg=f"after stop_after(2.5, log) the log was {log}, expected {expected}.{hint}")
        if value is False:
            self.fail("stop_after returned False: the task did not end cancelled, so the worker swallowed the "
                      "CancelledError. After its cleanup, re-raise it (raise) so the cancellation propagates.")
        self.assertIs(value, True, msg=f"stop_after returned {value!r}, expected True (task.cancelled()).")
        self.assertAlmostEqual(at, 2.5, places=6, msg=f"stop_after returned at {at:g} s, expected 2.5.")
        self.assertEqual(later, expected, msg=f"the worker went on after stop_after returned: the log became {later}. "
                                              "It must end when cancelled.")

    def test_waits_for_a_cleanup_that_takes_time(self):
        value, log, at, later = self.stop_after(1, slow_cleanup=True)
        hint = ""
        if "cleanup" in log:
            hint = (": stop_after appended 'cleanup' itself, after a worker that does its own cleanup. The worker "
                    "appends 'cleanup' when it is cancelled; stop_after only cancels it and waits")
        elif log == ["flushed"] and at > 1.5 + 1e-6:
            hint = (f": the worker had finished its cleanup at 1.5 s, but stop_after returned only at {at:g} s. "
                    "After task.cancel(), wait for the task itself (await it, catching its CancelledError), not for "
                    "a fixed time")
        elif log == [] and later == ["flushed"]:
            hint = (": its cleanup finished only later. A moment (asyncio.sleep(0)) is not enough when the cleanup "
                    "itself awaits: await the task itself (catching its CancelledError)")
        self.assertEqual([log, at], [["flushed"], 1.5],
                         msg=f"with a worker whose cleanup takes 0.5 s, stop_after(1, log) returned at {at:g} s with "
                             f"the log {log}, expected 1.5 s and ['flushed']{hint}.")
        self.assertIs(value, True, msg=f"stop_after returned {value!r}, expected True (task.cancelled()).")

    def test_worker_cleans_up_itself(self):
        outcome = grading.run_async(WORKER)
        if outcome.blocking:
            self.fail("worker blocked the event loop with time.sleep: use await asyncio.sleep(1).")
        ended, log = outcome.value
        if ended == "not a coroutine":
            self.fail("worker(log) did not give a coroutine: define it with async def.")
        if counts_on(log):
            self.fail(f"worker(log) run as a task and cancelled at 2.5 s left the log {log}, expected "
                      f"['step 1', 'step 2', 'cleanup'].{STEPS_GO_ON}")
        self.assertEqual(log, ["step 1", "step 2", "cleanup"],
                         msg=f"worker(log) run as a task and cancelled at 2.5 s left the log {log}, expected "
                             "['step 1', 'step 2', 'cleanup']. The worker itself appends 'cleanup' when it is "
                             "cancelled (in except asyncio.CancelledError or finally), not stop_after."
                             if "cleanup" not in log else
                             f"worker(log) run as a task and cancelled at 2.5 s left the log {log}, expected "
                             "['step 1', 'step 2', 'cleanup'].")
        self.assertEqual(ended, "cancelled",
                         msg=f"worker(log), cancelled at 2.5 s, ended {ended}, expected it to end cancelled: after "
                             "its cleanup, re-raise the CancelledError (raise).")

    def test_reports_a_worker_that_would_not_stop(self):
        value, log, at, later = self.stop_after(1, swallowing=True)
        why = {"done": " task.done() is true however the task ended.",
               "cancel": " task.cancel() only says whether the request to cancel was made."}.get(
            returned_by("stop_after"), "")
        self.assertIs(value, False,
                      msg=f"with a worker that swallows its cancellation (it catches CancelledError and returns), "
                          f"stop_after returned {value!r}, expected False: return task.cancelled(), which says "
                          "whether the task really ended cancelled"
                          + (f".{why}" if why else ", rather than a fixed True."))

    def test_a_later_call(self):
        # The loop has been running for 3 s when stop_after is called: it must stop the worker 1.5 s from then.
        value, log, at, later = self.stop_after(1.5, wait_first=3)
        hint = ""
        if at < 1.5 - 1e-6:
            hint = " seconds is a length of time counted from the call."
            if names_in("stop_after") & {"timeout_at", "call_at"}:
                hint += (" asyncio.timeout_at and loop.call_at take a moment of the loop's clock, not a number of "
                         "seconds: give them loop.time() + seconds, or use asyncio.sleep(seconds), "
                         "asyncio.timeout(seconds) or loop.call_later(seconds, ...).")
        self.assertAlmostEqual(at, 1.5, places=6,
                               msg=f"called when the event loop had been running for 3 s, stop_after(1.5, log) "
                                   f"returned after {at:g} s (with the log {log}), expected after 1.5 s.{hint}")

    def test_cancel_before_the_first_step(self):
        value, log, at, later = self.stop_after(0.5)
        self.assertEqual([value, log], [True, ["cleanup"]],
                         msg=f"stop_after(0.5, log) gave {value!r} with the log {log}, expected True with ['cleanup'].")


class SaveShieldedTest(unittest.TestCase):
    longMessage = False

    def test_a_quick_save_returns_its_receipt(self):
        outcome = grading.run_async(SAVE, data="cart", timeout=5, wait_first=0)
        value, returned_at = outcome.value
        if value == "TimeoutError":
            self.fail("save_shielded(save, 'cart', 5) raised TimeoutError, though the save takes 3 s: return the "
                      "receipt when the save finishes in time.")
        self.assertEqual(value, "receipt cart", msg=f"save_shielded(save, 'cart', 5) with a 3 s save gave {value!r}, "
                                                    "expected 'receipt cart'.")
        hint = ""
        if abs(returned_at - 5.0) < 1e-6:
            hint = (" It waited the whole timeout: wait for the save with a timeout (wait_for, asyncio.timeout, "
                    "asyncio.wait) so it returns as soon as the save is done.")
        self.assertAlmostEqual(returned_at, 3.0, places=6,
                               msg=f"it returned at {returned_at:g} s, expected 3.0, when the save finished.{hint}")

    def test_a_slow_save_goes_on_in_the_background(self):
        outcome = grading.run_async(SAVE, data="order", timeout=1, wait_first=0)
        value, returned_at = outcome.value
        if value == "TimeoutError":
            self.fail("save_shielded raised TimeoutError after 1 s: that is how wait_for and asyncio.timeout say "
                      "the time is up (the CancelledError stays inside them). Catch TimeoutError and return "
                      "'still saving'.")
        if "cancelled save order" in labels(outcome) and "cancel" in names_in("save_shielded"):
            self.fail("the save was cancelled half-way: save_shielded calls .cancel() itself. When the time is up, "
                      "return 'still saving' and leave the save alone: it must go on and finish in the background.")
        if "cancelled save order" in labels(outcome) and uses_shield():
            self.fail("the timeout cancelled the save half-way, although the code uses asyncio.shield: the shield "
                      "must stand between the timeout and the save. Start the save as a task and wait for "
                      "asyncio.shield(task) with the timeout: asyncio.wait_for(asyncio.shield(task), timeout), not "
                      "asyncio.shield(asyncio.wait_for(...)) (the timeout inside the shield still cancels the save).")
        if "cancelled save order" in labels(outcome):
            self.fail("the timeout cancelled the save half-way. Wrap the save's task in asyncio.shield(...) before "
                      "waiting for it with a timeout: the timeout then cancels the shield, not the save.")
        hint = ""
        if value == "receipt order":
            hint = " It waited for the save: give up waiting after timeout seconds and let the save finish alone."
        self.assertEqual(value, "still saving", msg=f"save_shielded(save, 'order', 1) with a 3 s save gave {value!r}, "
                                                    f"expected 'still saving'.{hint}")
        self.assertAlmostEqual(returned_at, 1.0, places=6,
                               msg=f"it returned at {returned_at:g} s, expected 1.0, after the timeout.{hint}")
        self.assertIn("end save order", labels(outcome),
                      msg="the save never finished in the background: start it as a task and do not cancel it.")

    def test_a_later_call(self):
        # The loop has been running for 2 s when save_shielded is called: its timeout ends 1 s later.
        outcome = grading.run_async(SAVE, data="late", timeout=1, wait_first=2)
        value, returned_at = outcome.value
        hint = ""
        if returned_at < 1 - 1e-6:
            hint = " timeout is a length of time counted from the call."
            if names_in("save_shielded") & {"timeout_at", "call_at"}:
                hint += (" asyncio.timeout_at takes a moment of the loop's clock, not a number of seconds: give it "
                         "loop.time() + timeout, or use asyncio.timeout(timeout) or wait_for.")
        self.assertAlmostEqual(returned_at, 1.0, places=6,
                               msg=f"called when the event loop had been running for 2 s, save_shielded(save, 'late', "
                                   f"1) with a 3 s save returned {value!r} after {returned_at:g} s, expected after "
                                   f"1 s.{hint}")
