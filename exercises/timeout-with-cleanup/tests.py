import ast
import unittest

import grading

# A fake connection: read takes `read_seconds` (or fails), close is a coroutine; all steps are recorded.
# mode "cancel" cancels download from outside after 1 s and reports whether the cancellation came through.
DOWNLOAD = """
import asyncio
class Connection:
    async def read(self):
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
        await asyncio.sleep(0)
        record("closed")

async def connect(address):
    record("connected")
    return Connection()

if mode == "cancel":
    task = asyncio.create_task(submission.download(connect, url, 10))
    await asyncio.sleep(1)
    task.cancel()
    try:
        value = await task
        result = {"finished with": value}
    except asyncio.CancelledError:
        result = {"cancelled": True}
else:
    try:
        result = {"value": await submission.download(connect, url, 2)}
    except ConnectionError as error:
        result = {"error": str(error)}
    except TimeoutError:
        result = {"raised TimeoutError": True}
    record("download returned")
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


RETURN_IN_FINALLY = (" download has a return inside its finally block: a return there throws away the exception in "
                     "flight (the error, or the cancellation). Keep only the cleanup in finally and return after "
                     "the try statement (or inside it).")


class DownloadTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def download(self, mode, read_seconds, **inputs):
        outcome = grading.run_async(DOWNLOAD, mode=mode, read_seconds=read_seconds, url="/report", **inputs)
        self.labels = [label for _, label in outcome.events]
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
        self.assertEqual(outcome.value, {"value": "data from /report"},
                         msg=f"a 1 s read with a 2 s limit gave {outcome.value!r}, expected 'data from /report'.")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"a 1 s read with a 2 s limit: download returned after {outcome.elapsed:g} virtual "
                                   "seconds, expected 1.0. The limit is the longest download may wait, not a time to "
                                   "sleep: return as soon as the read is done (asyncio.timeout or wait_for around "
                                   "the read do that).")
        self.assert_closed(outcome, "after a successful read")

    def test_empty_data_is_data(self):
        outcome = self.download("plain", read_seconds=1, body="")
        hint = (": the read finished in time with empty data, which is not a timeout; return None only when the read "
                "timed out" if outcome.value == {"value": None} else "")
        self.assertEqual(outcome.value, {"value": ""},
                         msg=f"a 1 s read returning '' with a 2 s limit gave {outcome.value!r}, expected ''{hint}.")
        self.assert_closed(outcome, "after a read that returned empty data")

    def test_gives_up_on_a_slow_read(self):
        outcome = self.download("plain", read_seconds=5)
        if outcome.value == {"raised TimeoutError": True}:
            self.fail("a 5 s read with a 2 s limit: download raised TimeoutError, expected it to return None. "
                      "Catch the TimeoutError (try/except TimeoutError around the async with asyncio.timeout block "
                      "or the wait_for) and return None.")
        hint = "catch the TimeoutError and return None"
        if outcome.value == {"value": "data from /report"}:
            hint = (f"download waited {outcome.elapsed:g} s for the whole read: the read itself, await conn.read(), "
                    "must be inside async with asyncio.timeout(seconds)")
        self.assertEqual(outcome.value, {"value": None},
                         msg=f"a 5 s read with a 2 s limit gave {outcome.value!r}, expected None ({hint}).")
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
