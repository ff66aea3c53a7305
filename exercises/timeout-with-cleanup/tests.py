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
"""


def closes_in_a_finally():
    """Whether download awaits conn.close() in a finally block (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.AsyncFunctionDef) and node.name == "download":
            return any(isinstance(inner, ast.Try) and any("close" in ast.dump(part) for part in inner.finalbody)
                       for inner in ast.walk(node))
    return False


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
        if closes_in_a_finally():
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
        self.assertEqual(outcome.value, {"value": None},
                         msg=f"a 5 s read with a 2 s limit gave {outcome.value!r}, expected None "
                             "(catch the TimeoutError).")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"download returned after {outcome.elapsed:g} virtual seconds, expected 2.0: "
                                   "stop waiting when the limit is reached (asyncio.timeout or wait_for).")
        self.assertIn("read cancelled", self.labels, msg="the slow read should be cancelled at the limit.")
        self.assert_closed(outcome, "after a timeout")

    def test_closes_when_the_read_fails(self):
        outcome = self.download("plain", read_seconds=-1)
        hint = (" download returned None: it caught the ConnectionError. Catch TimeoutError only."
                if outcome.value == {"value": None} else "")
        self.assertEqual(outcome.value, {"error": "connection reset"},
                         msg=f"a read raising ConnectionError should propagate; got {outcome.value!r}.{hint}")
        self.assert_closed(outcome, "after the read raised an error")

    def test_lets_the_caller_cancel(self):
        outcome = self.download("cancel", read_seconds=5)
        self.assertEqual(outcome.value, {"cancelled": True},
                         msg=f"the caller cancelled download after 1 s, but the task ended with {outcome.value!r}: download "
                             "swallowed the cancellation. Catch TimeoutError only and let CancelledError "
                             "propagate (cleanup belongs in finally).")
        self.assert_closed(outcome, "after the caller cancelled download")
