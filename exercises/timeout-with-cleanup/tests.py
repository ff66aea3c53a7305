import ast
import unittest

import grading

# A fake connection: read takes `read_seconds` (or fails), close is a coroutine; all steps are recorded.
# mode "cancel" cancels download from outside after 1 s and reports whether the cancellation came through.
DOWNLOAD = """
import asyncio
class Connection:
    closed = False

    async def read(self):
        if self.closed:
            record("read on a closed connection")
        record("read started")
        try:
            await asyncio.sleep(read_seconds)
        except asyncio.CancelledError:
            record("read cancelled")
            raise
        if read_seconds < 0:
            raise ConnectionError("connection reset")
        return globals().get("body", "data from " + url)

    async def close(self):
        self.closed = True
        await asyncio.sleep(0)
        record("closed")

async def connect(address):
    record("connected")
    return Connection()

if mode == "cancel":
    task = asyncio.create_task(submission.download(connect, url, 10))
    await asyncio.sleep(1)
    finished_early = task.done()
    task.cancel()
    try:
        value = await task
        result = {"finished before the cancel" if finished_early else "finished with": value}
    except asyncio.CancelledError:
        result = {"cancelled": True}
else:
    await asyncio.sleep(wait_first)  # a later call: the limit counts from the call, not from the loop's start
    called_at = now()
    try:
        result = {"value": await submission.download(connect, url, 2)}
    except ConnectionError as error:
        result = {"error": str(error)}
    except TimeoutError:
        result = {"raised TimeoutError": True}
    record("download returned")
    result["took"] = now() - called_at
for key, value in list(result.items()):
    if asyncio.iscoroutine(value):  # returned without await: name it, and close it (no warning later)
        result[key] = {"coroutine": value.__qualname__}
        value.close()
"""


def closes_in_a_finally():
    """How download's finally blocks close the connection (read from the source, never run): "awaited" when one
    of them awaits a close() call, "not awaited" when one only mentions close, None when none does."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.AsyncFunctionDef) and node.name == "download":
            found = None
            for inner in ast.walk(node):
                if isinstance(inner, ast.Try):
                    for part in inner.finalbody:
                        for piece in ast.walk(part):
                            if isinstance(piece, ast.Await) and "close" in ast.dump(piece.value):
                                return "awaited"
                        if "close" in ast.dump(part):
                            found = "not awaited"
            return found
    return None


def names_in_source():
    """Every name and attribute the learner's source mentions (read with ast, comments do not count)."""
    found = set()
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
    return found


def returns_in_a_finally():
    """Whether some finally block of the learner's code holds a return (which discards the exception in flight)."""
    return any(isinstance(piece, ast.Return)
               for node in ast.walk(ast.parse(grading.source())) if isinstance(node, ast.Try)
               for part in node.finalbody for piece in ast.walk(part))


def read_is_limited():
    """Whether some .read() call of the learner's source sits inside async with asyncio.timeout/timeout_at(...) or
    inside a call to wait_for (read with ast, never run)."""
    def reads(node):
        return any(isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "read" for call in ast.walk(node))

    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.AsyncWith) and any(
                isinstance(item.context_expr, ast.Call)
                and getattr(item.context_expr.func, "attr", getattr(item.context_expr.func, "id", None))
                in ("timeout", "timeout_at") for item in node.items) and any(reads(part) for part in node.body):
            return True
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "wait_for" \
                and any(reads(arg) for arg in node.args[:1]):
            return True
    return False


RETURN_IN_FINALLY = (" download has a return inside its finally block: a return there throws away the exception in "
                     "flight (the error, or the cancellation). Keep only the cleanup in finally and return after "
                     "the try statement (or inside it).")


class DownloadTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def download(self, mode, read_seconds, wait_first=0, **inputs):
        outcome = grading.run_async(DOWNLOAD, mode=mode, read_seconds=read_seconds, url="/report",
                                    wait_first=wait_first, **inputs)
        self.labels = [label for _, label in outcome.events]
        self.took = outcome.value.pop("took", None)
        for value in outcome.value.values():
            if isinstance(value, dict) and "coroutine" in value:
                self.fail(f"download gave a coroutine object ({value['coroutine']}) instead of the data: a "
                          "coroutine function was called without await, so it never ran. Write await in front of "
                          "it (data = await conn.read()).")
        if "read on a closed connection" in self.labels:
            self.fail(f"download read from the connection after closing it (events: {self.labels}): close it only "
                      "once the read is over, in a finally block that belongs to the try around the read.")
        if "finished before the cancel" in outcome.value:
            self.fail(f"the caller meant to cancel download 1 s into a 5 s read with a 10 s limit, but download had "
                      f"already returned {outcome.value['finished before the cancel']!r} by then, without waiting "
                      "for the read. Return the data of await conn.read().")
        return outcome

    def assert_closed(self, outcome, situation):
        if any(name.split(".")[-1] == "close" for name in outcome.never_awaited):
            self.fail(f"{situation}, conn.close() was called but the coroutine 'close' was never awaited: "
                      "write await conn.close().")
        how = closes_in_a_finally()
        if how == "not awaited":
            hint = ("download has a finally block that mentions close, but does not await conn.close() itself: "
                    "a close scheduled in the background (create_task, ensure_future) has not run when download "
                    "returns. Write await conn.close() in the finally block.")
        elif how:
            hint = ("download has a finally block that closes it, but it did not get there: make sure the try it "
                    "belongs to starts right after connecting and covers the read, and that await conn.close() in it "
                    "runs in every case")
        else:
            hint = "Put await conn.close() in a finally block, so it runs whatever happens."
        self.assertIn("closed", self.labels,
                      msg=f"{situation}, the connection was never closed (events: {self.labels}). {hint}")

    def test_returns_the_data_of_a_fast_read(self):
        outcome = self.download("plain", read_seconds=1)
        value = outcome.value.get("value", outcome.value)
        hint = (" The read finished in time: return the data it gave (is a return missing on that path?)"
                if value is None else "")
        self.assertEqual(value, "data from /report",
                         msg=f"a 1 s read with a 2 s limit gave {value!r}, expected 'data from /report'.{hint}")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"a 1 s read with a 2 s limit: download returned after {outcome.elapsed:g} virtual "
                                   "seconds, expected 1.0. The limit is the longest download may wait, not a time to "
                                   "sleep: return as soon as the read is done (asyncio.timeout or wait_for around "
                                   "the read do that).")
        self.assert_closed(outcome, "after a successful read")

    def test_empty_data_is_data(self):
        outcome = self.download("plain", read_seconds=1, body="")
        value = outcome.value.get("value", outcome.value)
        hint = ""
        if value is None:
            hint = (": the read finished in time with empty data, which is not a timeout; return None only when the "
                    "read timed out")
            labels = self.labels
            if self.download("plain", read_seconds=1).value.get("value") is None:
                hint = ": the read finished in time, so return the data it gave (is a return missing on that path?)"
            self.labels = labels
        self.assertEqual(value, "", msg=f"a 1 s read returning '' with a 2 s limit gave {value!r}, expected ''{hint}.")
        self.assert_closed(outcome, "after a read that returned empty data")

    def test_gives_up_on_a_slow_read(self):
        outcome = self.download("plain", read_seconds=5)
        if outcome.value == {"raised TimeoutError": True}:
            self.fail("a 5 s read with a 2 s limit: download raised TimeoutError, expected it to return None. "
                      "Catch the TimeoutError (try/except TimeoutError around the async with asyncio.timeout block "
                      "or the wait_for) and return None.")
        hint = "catch the TimeoutError and return None"
        if outcome.value.get("value") == "data from /report" and read_is_limited():
            hint = (f"download waited {outcome.elapsed:g} s for the whole read: the read is under a time limit, but "
                    "that limit did not stop it after 2 s. Give it seconds itself, a number of seconds: "
                    "asyncio.timeout(seconds) or asyncio.wait_for(conn.read(), seconds)")
        elif outcome.value.get("value") == "data from /report":
            hint = (f"download waited {outcome.elapsed:g} s for the whole read: the read itself, await conn.read(), "
                    "must be inside async with asyncio.timeout(seconds)")
        value = outcome.value.get("value", outcome.value)
        self.assertEqual(value, None, msg=f"a 5 s read with a 2 s limit gave {value!r}, expected None ({hint}).")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"download returned after {outcome.elapsed:g} virtual seconds, expected 2.0: "
                                   "stop waiting when the limit is reached (asyncio.timeout or wait_for).")
        cancelled_in_time = "read cancelled" in self.labels and \
            self.labels.index("read cancelled") < self.labels.index("download returned")
        if "shield" in names_in_source():
            how = ("asyncio.shield protects the read from the timeout's cancellation, so it goes on; do not shield "
                   "the read")
        else:
            how = ("asyncio.wait(..., timeout=...) only stops waiting; asyncio.timeout and wait_for cancel the read "
                   "for you (or call task.cancel() and await the task)")
        self.assertTrue(cancelled_in_time,
                        msg=f"the slow read was still running when download returned None: giving up must stop it. "
                            f"{how}.")
        self.assert_closed(outcome, "after a timeout")

    def test_the_limit_counts_from_the_call(self):
        # The loop has been running for 3 s when download is called: its 2 s limit ends at 5 s on the loop's clock.
        outcome = self.download("plain", read_seconds=1, wait_first=3)
        value = outcome.value.get("value", outcome.value)
        hint = ""
        if value is None and self.took < 1 - 1e-6:
            hint = (" download gave up before the read could finish: the limit is a number of seconds counted from "
                    "the call.")
            if "timeout_at" in names_in_source():
                hint += (" asyncio.timeout_at takes a moment of the loop's clock, not a number of seconds: give it "
                         "loop.time() + seconds, or use asyncio.timeout(seconds).")
        self.assertEqual([value, round(self.took, 6)], ["data from /report", 1.0],
                         msg=f"called when the event loop had been running for 3 s, a 1 s read with a 2 s limit gave "
                             f"{value!r} after {self.took:g} s, expected 'data from /report' after 1 s.{hint}")
        self.assert_closed(outcome, "after a read that finished in time")

    def test_closes_when_the_read_fails(self):
        outcome = self.download("plain", read_seconds=-1)
        hint = (" download returned None: it caught the ConnectionError. Catch TimeoutError only."
                if outcome.value == {"value": None} else "")
        if outcome.value == {"value": None} and returns_in_a_finally():
            hint = RETURN_IN_FINALLY
        self.assertEqual(outcome.value, {"error": "connection reset"},
                         msg=f"a read raising ConnectionError should propagate; got {outcome.value!r}.{hint}")
        self.assert_closed(outcome, "after the read raised an error")

    def test_lets_the_caller_cancel(self):
        outcome = self.download("cancel", read_seconds=5)
        why = ("Catch TimeoutError only and let CancelledError propagate (cleanup belongs in finally)."
               if outcome.value == {"cancelled": True} or not returns_in_a_finally() else RETURN_IN_FINALLY.strip())
        self.assertEqual(outcome.value, {"cancelled": True},
                         msg=f"the caller cancelled download after 1 s, but the task ended with {outcome.value!r}: download "
                             f"swallowed the cancellation. {why}")
        self.assert_closed(outcome, "after the caller cancelled download")
