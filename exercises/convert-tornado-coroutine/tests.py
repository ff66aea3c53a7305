import unittest

import grading

# The profile takes 1 s and the feed 0.5 s, so results taken in finishing order come back swapped.
DASHBOARD = """
import asyncio
async def fetch(url):
    record("start " + url)
    await asyncio.sleep(0.5 if url.startswith("/feed") else 1)
    record("end " + url)
    return "body of " + url

result = await submission.load_dashboard(fetch, 7)
"""

# A fetch that fails `failures` times with OSError (numbered, so the last one can be told from the first),
# then answers; every call is recorded with its time. `attempts` None leaves the default; `other_error` makes
# the first call raise a ValueError, which is no network failure and must not be retried.
RETRY = """
import asyncio
calls = []

async def fetch(url):
    calls.append(now())
    record("start attempt %d" % len(calls))
    await asyncio.sleep(0.5)
    record("end attempt %d" % len(calls))
    if globals().get("other_error"):
        raise ValueError("bad url " + url)
    if len(calls) <= failures:
        raise OSError("connection reset (attempt %d)" % len(calls))
    return globals().get("body", "page " + url)

try:
    if attempts is None:
        value = await submission.fetch_with_retry(fetch, "/news")
    else:
        value = await submission.fetch_with_retry(fetch, "/news", attempts)
    if asyncio.iscoroutine(value):
        value.close()
        result = {"coroutine": True, "calls": calls}
    else:
        result = {"value": value, "calls": calls}
except OSError as error:
    result = {"error": str(error), "calls": calls}
except ValueError as error:
    result = {"other_error": str(error), "calls": calls}
"""


def raises_stop_iteration():
    """Whether the learner's source raises StopIteration itself (Tornado's raise gen.Return(x), translated)."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Raise) and node.exc is not None:
            called = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(called, ast.Name) and called.id == "StopIteration":
                return True
    return False


def run_explained(test, name, code, **inputs):
    """run_async, with the errors of a half-done conversion turned into a message that names them."""
    try:
        return grading.run_async(code, **inputs)
    except RuntimeError as error:
        if "raised StopIteration" in str(error) and raises_stop_iteration():
            test.fail(f"{name} raised StopIteration, which Python turns into RuntimeError ({error}): raise "
                      "StopIteration(value) (like Tornado's raise gen.Return(value)) was how a Python 2 generator "
                      "handed back its result. In async def, write return value.")
        raise
    except TypeError as error:
        if "unhashable type: 'dict'" in str(error) and "gather(" in grading.source():
            test.fail(f"{name} raised TypeError({str(error)!r}): asyncio.gather takes the awaitables themselves, "
                      "as separate arguments, not a dict of them (Tornado's yield of a dict has no asyncio "
                      "twin). Gather the values, asyncio.gather(*parts.values()), and zip the keys back on, or "
                      "gather the two fetches and build the dict from the results.")
        raise


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    at, seconds = outcome.blocking[0]
    return (f" time.sleep({seconds:g}) blocked the event loop at {at:g} virtual seconds:"
            " use await asyncio.sleep(...) instead.")


class ConversionTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def assert_coroutine_function(self, name):
        kind = grading.kind_of(name)
        if kind == "async generator function":
            self.fail(f"{name} is an async generator function, not a coroutine function: a yield is left "
                      "in its body. In async def, wait with await and hand back the answer with return.")
        self.assertEqual(kind, "coroutine function", msg=f"{name} is not a coroutine function (it is a {kind}): "
                                                         "define it with async def.")

    def test_load_dashboard_is_a_coroutine_function(self):
        self.assert_coroutine_function("load_dashboard")

    def test_fetch_with_retry_is_a_coroutine_function(self):
        self.assert_coroutine_function("fetch_with_retry")


class LoadDashboardTest(unittest.TestCase):
    longMessage = False

    def test_returns_profile_and_feed(self):
        outcome = run_explained(self, "load_dashboard", DASHBOARD)
        hint = ""
        if outcome.value == {"name": "body of /feed/7", "items": "body of /users/7"}:
            hint = (" The two responses are swapped: the feed (0.5 s) finished before the profile (1 s), and the "
                    "results were taken in the order they finished. Take them in the order you started them "
                    "(asyncio.gather returns them in the order of its arguments; a task's result() is its own).")
        self.assertEqual(outcome.value, {"name": "body of /users/7", "items": "body of /feed/7"},
                         msg=f"load_dashboard(fetch, 7) gave {outcome.value!r}, expected "
                             f"{{'name': 'body of /users/7', 'items': 'body of /feed/7'}}.{hint}")

    def test_fetches_both_parts_concurrently(self):
        outcome = run_explained(self, "load_dashboard", DASHBOARD)
        hint = blocking_hint(outcome)
        if not hint and abs(outcome.elapsed - 1.5) < 1e-6:
            hint = (" The two fetches (1 s and 0.5 s) ran one after another. Tornado ran a yielded dict in parallel; start both "
                    "together with asyncio.gather (or two tasks).")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"load_dashboard took {outcome.elapsed:g} virtual seconds, expected 1.0.{hint}")


NOT_RETRIED = (" The first attempt's OSError came out at once, with no retry. Check that the except clause catches "
               "OSError itself (IOError is the same class; a subclass such as ConnectionError misses a plain "
               "OSError) and that it re-raises only after the last attempt.")


def not_retried(outcome):
    """One attempt only, and its OSError came out: the except clause does not catch a plain OSError."""
    return outcome.value.get("error") == "connection reset (attempt 1)" and len(outcome.value["calls"]) == 1


class FetchWithRetryTest(unittest.TestCase):
    longMessage = False

    def run_retry(self, **inputs):
        try:
            outcome = run_explained(self, "fetch_with_retry", RETRY, **inputs)
        except RuntimeError as error:
            if "No active exception to reraise" not in str(error):
                raise
            self.fail("fetch_with_retry ran a bare raise where no exception was being handled (RuntimeError: No "
                      "active exception to reraise): after the except block ends, a bare raise has nothing to "
                      "re-raise. Raise inside the except block on the last attempt, or keep the error (except "
                      "OSError as error: last_error = error) and raise last_error after the loop.")
        if outcome.value.get("coroutine"):
            self.fail("fetch_with_retry returned a coroutine object instead of the response: return fetch(url) "
                      "hands back the coroutine without running it (so fetch never ran, and no OSError could be "
                      "caught). Write return await fetch(url).")
        return outcome

    def too_many_attempts_hint(self, outcome, attempts):
        made = len(outcome.value["calls"])
        if made > attempts:
            return (f" {made} attempts were made, expected at most {attempts}: one attempt per try, attempts in "
                    "all (check the range of your loop).")
        return ""

    def test_returns_at_once_when_the_first_attempt_works(self):
        outcome = self.run_retry(failures=0, attempts=3)
        self.assertEqual(outcome.value.get("value"), "page /news",
                         msg=f"expected 'page /news', got {outcome.value!r}.")
        self.assertEqual(outcome.value["calls"], [0.0],
                         msg=f"a working fetch should be called once, it was called at {outcome.value['calls']}.")

    def test_an_empty_body_is_a_response(self):
        outcome = self.run_retry(failures=0, attempts=3, body="")
        hint = ""
        if len(outcome.value["calls"]) > 1:
            hint = (": an empty body is a successful response like any other; only an OSError means the attempt "
                    "failed")
        self.assertEqual((outcome.value.get("value"), outcome.value["calls"]), ("", [0.0]),
                         msg=f"a fetch answering an empty body at once should be returned at once, got "
                             f"{outcome.value!r}{hint}.")

    def too_few_attempts_hint(self, outcome, attempts):
        made = len(outcome.value["calls"])
        if not_retried(outcome):
            return NOT_RETRIED
        if made < attempts:
            return (f" Only {made} attempt{' was' if made == 1 else 's were'} made, expected up to {attempts}: try up to "
                    "attempts times (check the range of your loop).")
        return ""

    def test_backs_off_one_then_two_seconds(self):
        outcome = self.run_retry(failures=2, attempts=3)
        self.assertEqual(outcome.value.get("value"), "page /news",
                         msg=f"after two failures the third attempt succeeds; got {outcome.value!r}."
                             + self.too_few_attempts_hint(outcome, 3))
        self.assertEqual(outcome.blocking, [], msg="fetch_with_retry must not block." + blocking_hint(outcome))
        hint = ""
        if outcome.value["calls"] == [0.0, 1.5, 3.0]:
            hint = " The wait did not double: 1 s after the first failure, 2 s after the second, 4 s, ..."
        elif outcome.value["calls"] == [0.0, 2.5, 7.0]:
            hint = (" The waits were 2 s and 4 s: the first wait is 1 s. Sleep for the delay first, then double "
                    "it for the next time.")
        self.assertEqual(outcome.value["calls"], [0.0, 1.5, 4.0],
                         msg=f"attempts started at {outcome.value['calls']} virtual seconds, expected "
                             f"[0.0, 1.5, 4.0]: each fetch takes 0.5 s, then wait 1 s, then 2 s.{hint}")

    def test_doubles_the_wait_every_time(self):
        outcome = self.run_retry(failures=3, attempts=4)
        self.assertEqual(outcome.value.get("value"), "page /news",
                         msg=f"after three failures the fourth attempt succeeds; got {outcome.value!r}."
                             + self.too_few_attempts_hint(outcome, 4))
        hint = ""
        calls = outcome.value["calls"]
        gaps = [round(later - earlier, 6) for earlier, later in zip(calls, calls[1:])]
        if calls == [0.0, 1.5, 4.0, 7.5]:
            hint = " The third wait was 3 s: the wait doubles each time (1 s, 2 s, 4 s, ...), it does not grow by 1."
        elif len(gaps) > 1 and len(set(gaps)) == 1:
            hint = " The wait did not double: 1 s after the first failure, 2 s after the second, then 4 s, ..."
        self.assertEqual(outcome.value["calls"], [0.0, 1.5, 4.0, 8.5],
                         msg=f"attempts started at {outcome.value['calls']} virtual seconds, expected "
                             f"[0.0, 1.5, 4.0, 8.5]: each fetch takes 0.5 s, then wait 1 s, 2 s, 4 s.{hint}")

    def test_tries_three_times_by_default(self):
        outcome = self.run_retry(failures=5, attempts=None)
        made = len(outcome.value["calls"])
        if made != 3:
            explicit = len(self.run_retry(failures=5, attempts=3).value["calls"])
            if not_retried(outcome):
                self.fail(f"fetch_with_retry(fetch, url) with every attempt failing made 1 attempt, expected 3."
                          + NOT_RETRIED)
            if explicit == made:
                self.fail(f"fetch_with_retry(fetch, url) with every attempt failing made {made} attempts, expected "
                          f"3; with attempts=3 passed explicitly it made {explicit} too, so the default is not the "
                          "cause: the loop makes the wrong number of attempts (check its range).")
        self.assertEqual(made, 3,
                         msg=f"fetch_with_retry(fetch, url) with every attempt failing made {made} attempts, "
                             "expected 3: attempts defaults to 3 (def fetch_with_retry(fetch, url, attempts=3)).")

    def test_other_errors_are_not_retried(self):
        outcome = self.run_retry(failures=0, attempts=3, other_error=True)
        made = len(outcome.value["calls"])
        self.assertEqual((outcome.value.get("other_error"), made), ("bad url /news", 1),
                         msg=f"a fetch raising ValueError('bad url /news') gave {outcome.value!r} after {made} "
                             "attempt(s), expected the ValueError to propagate after the first attempt: only an "
                             "OSError is a failed attempt worth retrying. Catch OSError alone (not Exception, and "
                             "not a bare except).")

    def test_reraises_after_the_last_attempt(self):
        outcome = self.run_retry(failures=5, attempts=2)
        hint = ""
        if "value" in outcome.value and outcome.value["value"] is None:
            hint = " fetch_with_retry returned None: re-raise the last OSError instead of ending without a value."
            hint += self.too_few_attempts_hint(outcome, 2)
        elif not_retried(outcome):
            hint = NOT_RETRIED
        elif outcome.value.get("error") == "connection reset (attempt 1)":
            hint = " That is the first attempt's error: re-raise the last one (a bare raise in the except block does)."
        if not hint:
            hint = self.too_many_attempts_hint(outcome, 2)
        self.assertEqual(outcome.value.get("error"), "connection reset (attempt 2)",
                         msg=f"when every attempt fails the last OSError must propagate; got {outcome.value!r}.{hint}")
        self.assertEqual(len(outcome.value["calls"]), 2, msg=f"expected 2 attempts, got {outcome.value['calls']}.")
        calls = outcome.value["calls"]
        why = "there is no sleep after the last attempt, raise straight away."
        if abs(calls[1] - 1.5) > 1e-6:
            why = (f"the second attempt started at {calls[1]:g} s, expected 1.5: the first wait (after the first "
                   "failure) is 1 s.")
        self.assertAlmostEqual(
            outcome.elapsed, 2.0, places=6,
            msg=f"gave up after {outcome.elapsed:g} virtual seconds, expected 2.0 (0.5 + 1 + 0.5): "
                + why + blocking_hint(outcome))
