import unittest

import grading

IS_COROUTINE_FUNCTION = """
import inspect
function = getattr(submission, name)
result = "async generator" if inspect.isasyncgenfunction(function) else inspect.iscoroutinefunction(function)
"""

DASHBOARD = """
import asyncio
async def fetch(url):
    record("start " + url)
    await asyncio.sleep(1)
    return "body of " + url

result = await submission.load_dashboard(fetch, 7)
"""

# A fetch that fails `failures` times with OSError, then answers; every call is recorded with its time.
RETRY = """
import asyncio
calls = []

async def fetch(url):
    calls.append(now())
    await asyncio.sleep(0.5)
    if len(calls) <= failures:
        raise OSError("connection reset")
    return globals().get("body", "page " + url)

try:
    result = {"value": await submission.fetch_with_retry(fetch, "/news", attempts), "calls": calls}
except OSError as error:
    result = {"error": str(error), "calls": calls}
"""


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    at, seconds = outcome.blocking[0]
    return (f" time.sleep({seconds:g}) blocked the event loop at {at:g} virtual seconds:"
            " use await asyncio.sleep(...) instead.")


class ConversionTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def assert_coroutine_function(self, name):
        kind = grading.run(IS_COROUTINE_FUNCTION, name=name)
        if kind == "async generator":
            self.fail(f"{name} is an async generator function, not a coroutine function: a yield is left "
                      "in its body. In async def, wait with await and hand back the answer with return.")
        self.assertTrue(kind, msg=f"{name} is not a coroutine function (inspect.iscoroutinefunction is "
                                  "False): define it with async def.")

    def test_load_dashboard_is_a_coroutine_function(self):
        self.assert_coroutine_function("load_dashboard")

    def test_fetch_with_retry_is_a_coroutine_function(self):
        self.assert_coroutine_function("fetch_with_retry")


class LoadDashboardTest(unittest.TestCase):
    longMessage = False

    def test_returns_profile_and_feed(self):
        outcome = grading.run_async(DASHBOARD)
        self.assertEqual(outcome.value, {"name": "body of /users/7", "items": "body of /feed/7"},
                         msg=f"load_dashboard(fetch, 7) gave {outcome.value!r}, expected "
                             "{'name': 'body of /users/7', 'items': 'body of /feed/7'}.")

    def test_fetches_both_parts_concurrently(self):
        outcome = grading.run_async(DASHBOARD)
        hint = blocking_hint(outcome)
        if not hint and abs(outcome.elapsed - 2.0) < 1e-6:
            hint = (" The two 1 s fetches ran one after another. Tornado ran a yielded dict in parallel; start both "
                    "together with asyncio.gather (or two tasks).")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"load_dashboard took {outcome.elapsed:g} virtual seconds, expected 1.0.{hint}")


class FetchWithRetryTest(unittest.TestCase):
    longMessage = False

    def test_returns_at_once_when_the_first_attempt_works(self):
        outcome = grading.run_async(RETRY, failures=0, attempts=3)
        self.assertEqual(outcome.value.get("value"), "page /news",
                         msg=f"expected 'page /news', got {outcome.value!r}.")
        self.assertEqual(outcome.value["calls"], [0.0],
                         msg=f"a working fetch should be called once, it was called at {outcome.value['calls']}.")

    def test_an_empty_body_is_a_response(self):
        outcome = grading.run_async(RETRY, failures=0, attempts=3, body="")
        hint = ""
        if len(outcome.value["calls"]) > 1:
            hint = (": an empty body is a successful response like any other; only an OSError means the attempt "
                    "failed")
        self.assertEqual((outcome.value.get("value"), outcome.value["calls"]), ("", [0.0]),
                         msg=f"a fetch answering an empty body at once should be returned at once, got "
                             f"{outcome.value!r}{hint}.")

    def test_backs_off_one_then_two_seconds(self):
        outcome = grading.run_async(RETRY, failures=2, attempts=3)
        self.assertEqual(outcome.value.get("value"), "page /news",
                         msg=f"after two failures the third attempt succeeds; got {outcome.value!r}.")
        self.assertEqual(outcome.blocking, [], msg="fetch_with_retry must not block." + blocking_hint(outcome))
        hint = ""
        if outcome.value["calls"] == [0.0, 1.5, 3.0]:
            hint = " The wait did not double: 1 s after the first failure, 2 s after the second, 4 s, ..."
        self.assertEqual(outcome.value["calls"], [0.0, 1.5, 4.0],
                         msg=f"attempts started at {outcome.value['calls']} virtual seconds, expected "
                             f"[0.0, 1.5, 4.0]: each fetch takes 0.5 s, then wait 1 s, then 2 s.{hint}")

    def test_reraises_after_the_last_attempt(self):
        outcome = grading.run_async(RETRY, failures=5, attempts=2)
        hint = ""
        if "value" in outcome.value and outcome.value["value"] is None:
            hint = " fetch_with_retry returned None: re-raise the last OSError instead of ending without a value."
        self.assertEqual(outcome.value.get("error"), "connection reset",
                         msg=f"when every attempt fails the last OSError must propagate; got {outcome.value!r}.{hint}")
        self.assertEqual(len(outcome.value["calls"]), 2, msg=f"expected 2 attempts, got {outcome.value['calls']}.")
        self.assertAlmostEqual(
            outcome.elapsed, 2.0, places=6,
            msg=f"gave up after {outcome.elapsed:g} virtual seconds, expected 2.0 (0.5 + 1 + 0.5): "
                "there is no sleep after the last attempt, raise straight away." + blocking_hint(outcome))
