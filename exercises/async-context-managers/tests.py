import unittest

import grading

USE = """
log = []
answer = None
raised = None
entered = None
try:
    BODY
except Exception as error:
    raised = type(error).__name__ + ": " + str(error)
result = [log, answer, raised, entered]
"""

CONNECTION = """async with submission.Connection("db", log) as conn:
        entered = now()
        answer = await conn.query("select 1")"""

CONNECTION_FAILS = """async with submission.Connection("shop", log) as conn:
        answer = await conn.query("update")
        raise ValueError("disk full")"""

CONNECTION_KEY_ERROR = """async with submission.Connection("cache", log) as conn:
        raise KeyError("user 7")"""

TRANSACTION = """async with submission.transaction("the conn", log) as same:
        answer = same"""

TRANSACTION_FAILS = """async with submission.transaction("the conn", log):
        raise ValueError("constraint")"""

BOTH = """async with submission.Connection("db", log) as conn:
        async with submission.transaction(conn, log):
            answer = await conn.query("select 1")"""


def use(body):
    return grading.run_async(USE.replace("BODY", body))


class ConnectionTest(unittest.TestCase):
    longMessage = False

    def check_protocol(self, raised):
        if raised and "asynchronous context manager protocol" in raised:
            self.fail(f"async with raised {raised}: define async def __aenter__(self) and async def "
                      "__aexit__(self, exc_type, exc, tb) (__enter__ and __exit__ serve the plain with).")
        if raised and raised.startswith("TypeError") and "can't be used in 'await' expression" in raised:
            self.fail(f"the block raised {raised}: await conn.query(...) needs an awaitable, and query returned a "
                      "plain value. Define it with async def query(self, text).")
        if raised and raised.startswith("AttributeError") and "NoneType" in raised:
            self.fail(f"inside the block, {raised}: `as conn` receives what __aenter__ returns, and it returned "
                      "None. Return self.")
        if raised and raised.startswith("AttributeError") and "has no attribute 'query'" in raised:
            kind = raised.split("'")[1]
            self.fail(f"inside the block, {raised}: `as conn` receives what __aenter__ returns, and it returned a "
                      f"{kind}, not the connection. Return self.")
        if raised and raised.startswith("TypeError") and "__aexit__() takes" in raised:
            self.fail(f"leaving the async with raised {raised}: async with always calls __aexit__ with three "
                      "arguments besides self, all None when the block ended normally. Define async def "
                      "__aexit__(self, exc_type, exc, tb).")
        if raised and raised.startswith("TypeError") and "__aenter__() takes" in raised:
            self.fail(f"entering the async with raised {raised}: async with calls __aenter__ with no argument "
                      "besides self. Define async def __aenter__(self).")
        if raised and "cannot reuse already awaited coroutine" in raised:
            self.fail(f"the async with raised {raised}: one coroutine object was awaited twice, and a coroutine runs "
                      "only once. Call asyncio.sleep(0.5) afresh where you wait, await asyncio.sleep(0.5) in "
                      "__aenter__ and again in __aexit__, rather than keeping one sleep(...) object to await twice.")

    def test_opens_queries_and_closes(self):
        outcome = use(CONNECTION)
        log, answer, raised, entered = outcome.value
        self.check_protocol(raised)
        self.assertIsNone(raised, msg=f"the block raised {raised}.")
        self.assertEqual(answer, "db: select 1", msg=f"await conn.query('select 1') gave {answer!r}, expected "
                                                     "'db: select 1'.")
        hint = ""
        if "rollback NoneType" in log:
            hint = (" __aexit__ always receives three arguments, all None when the block ended normally: test "
                    "exc_type is not None (not whether there are arguments) before writing the rollback line.")
        self.assertEqual(log, ["open db", "close db"],
                         msg=f"the log was {log}, expected ['open db', 'close db'].{hint}")
        self.assertEqual(outcome.blocking, [], msg="entering or leaving blocked the event loop with time.sleep: "
                                                   "wait with await asyncio.sleep(0.5).")
        self.assertAlmostEqual(entered, 0.5, places=6,
                               msg=f"the block started at {entered:g} virtual seconds, expected 0.5: entering waits "
                                   "0.5 s (connecting), await asyncio.sleep(0.5) in __aenter__.")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"the async with took {outcome.elapsed:g} virtual seconds, expected 1.0 (0.5 to "
                                   "connect, 0.5 to close).")

    def rollback_hint(self, log, expected):
        """What is wrong with the rollback line, read from the log."""
        if sorted(log) == sorted(expected):
            return " The right lines in the wrong order: append the rollback line before the close line."
        if any(line.startswith("rollback <class") for line in log):
            return (" type(exc) prints as <class '...'>; the line needs its name, type(exc).__name__ (or "
                    "exc_type.__name__).")
        if (len(log) == len(expected) and log[1].startswith("rollback ") and log[1] != expected[1]
                and not log[1][len("rollback "):].isidentifier()):  # a type's name, only the wrong one: see below
            return (f" {log[1]!r} does not name the exception's type; that is its message or another description. "
                    "Write f\"rollback {type(exc).__name__}\".")
        return ""

    def test_an_error_rolls_back_closes_and_propagates(self):
        outcome = use(CONNECTION_FAILS)
        log, answer, raised, entered = outcome.value
        self.check_protocol(raised)
        if raised is None:
            self.fail("the block raised ValueError('disk full') but nothing came out of the async with: __aexit__ "
                      "suppressed the error by returning a true value. Return None or False.")
        self.assertEqual(raised, "ValueError: disk full", msg=f"the async with raised {raised}, expected the block's "
                                                              "ValueError: disk full.")
        expected = ["open shop", "rollback ValueError", "close shop"]
        hint = self.rollback_hint(log, expected) or (" On an exception, append f\"rollback {type(exc).__name__}\" "
                                                     "before closing.")
        self.assertEqual(log, expected, msg=f"the log was {log}, expected {expected}.{hint}")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"an async with whose block raised took {outcome.elapsed:g} virtual seconds, "
                                   "expected 1.0: leaving waits 0.5 s (closing) whether or not the block raised.")

    def test_the_rollback_names_the_exception_type(self):
        log, answer, raised, entered = use(CONNECTION_KEY_ERROR).value
        self.check_protocol(raised)
        if raised is None:
            self.fail("the block raised KeyError('user 7') but nothing came out of the async with: __aexit__ "
                      "suppressed the error by returning a true value. Return None or False.")
        self.assertEqual(raised, "KeyError: 'user 7'",
                         msg=f"the async with raised {raised}, expected the block's KeyError('user 7').")
        expected = ["open cache", "rollback KeyError", "close cache"]
        hint = self.rollback_hint(log, expected) or (" The rollback line names the type of the exception that "
                                                     "arrived, f\"rollback {type(exc).__name__}\".")
        self.assertEqual(log, expected, msg=f"the block raised KeyError('user 7') and the log was {log}, expected "
                                            f"{expected}.{hint}")


class TransactionTest(unittest.TestCase):
    longMessage = False

    def check_decorator(self, raised):
        if raised and "'async_generator' object does not support the asynchronous context manager" in raised:
            self.fail(f"async with transaction(...) raised {raised}: an async def with a yield is an async "
                      "generator, not yet a context manager. Put @contextlib.asynccontextmanager above it.")
        if raised and "'_GeneratorContextManager' object does not support the asynchronous" in raised:
            self.fail(f"async with transaction(...) raised {raised}: @contextlib.contextmanager makes a context "
                      "manager for the plain with statement. For an async def, use @contextlib.asynccontextmanager.")

    def test_is_written_with_asynccontextmanager(self):
        made_with = grading.run("import inspect\n"
                                "wrapped = getattr(submission.transaction, '__wrapped__', None)\n"
                                "result = wrapped is not None and inspect.isasyncgenfunction(wrapped)")
        # The source must agree (the runner's inspect is the learner's to replace); decorators are not followed,
        # so the decorated def itself reads as an async generator function.
        made_with = made_with is True and grading.defined_as("transaction") in (None, "async generator function")
        self.assertTrue(made_with, msg="transaction should be an async def with one yield, decorated with "
                                       "@contextlib.asynccontextmanager (the class-based way is Connection's); "
                                       "that is not what transaction is.")

    def test_commits_a_block_that_ends_normally(self):
        log, answer, raised, entered = use(TRANSACTION).value
        self.check_decorator(raised)
        self.assertIsNone(raised, msg=f"async with transaction(...) raised {raised}.")
        self.assertEqual(answer, "the conn", msg=f"`as` received {answer!r}, expected the conn it was given: yield conn.")
        self.assertEqual(log, ["begin", "commit"], msg=f"the log was {log}, expected ['begin', 'commit'].")

    def test_rolls_back_a_block_that_raises(self):
        log, answer, raised, entered = use(TRANSACTION_FAILS).value
        self.check_decorator(raised)
        if raised is None:
            self.fail(f"the block raised ValueError('constraint') but nothing came out of async with transaction(...) "
                      f"(the log was {log}): transaction caught it and did not raise it again. After appending "
                      "'rollback' in except, write a bare raise.")
        self.assertEqual(raised, "ValueError: constraint",
                         msg=f"the async with raised {raised}, expected the block's ValueError: constraint to "
                             "propagate.")
        hint = ""
        if "commit" in log:
            hint = " Commit only when the block ended normally, not in a finally that always runs."
        elif log == ["begin"]:
            hint = (" The exception of the block is raised at your yield: wrap the yield in try and append "
                    "'rollback' in except (then raise).")
        self.assertEqual(log, ["begin", "rollback"], msg=f"the log was {log}, expected ['begin', 'rollback'].{hint}")

    def test_inside_a_connection(self):
        log, answer, raised, entered = use(BOTH).value
        self.check_decorator(raised)
        expected = ["open db", "begin", "commit", "close db"]
        self.assertEqual([log, answer, raised], [expected, "db: select 1", None],
                         msg=f"a transaction inside a connection gave the log {log} and the answer {answer!r} "
                             f"(raised: {raised}), expected {expected} and 'db: select 1'.")
