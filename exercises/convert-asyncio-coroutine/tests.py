import unittest

import grading

IS_COROUTINE_FUNCTION = """
import inspect
result = inspect.iscoroutinefunction(getattr(submission, name))
"""

# Describe what came back in plain data, so a coroutine object left in the list shows up by type.
GREET_BOTH = """
value = await submission.greet_both()
if isinstance(value, list):
    result = [item if isinstance(item, str) else type(item).__name__ for item in value]
    for item in value:
        if hasattr(item, "close"):
            item.close()
else:
    result = type(value).__name__
"""


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    at, seconds = outcome.blocking[0]
    return (f" time.sleep({seconds:g}) blocked the event loop at {at:g} virtual seconds:"
            " inside async def, wait with await asyncio.sleep(...).")


class ConversionTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def assert_coroutine_function(self, name):
        self.assertTrue(
            grading.run(IS_COROUTINE_FUNCTION, name=name),
            msg=f"{name} is not a coroutine function (inspect.iscoroutinefunction is False): "
                "define it with async def (a def with yield from, decorated or not, is a generator function).")

    def test_greet_is_a_coroutine_function(self):
        self.assert_coroutine_function("greet")

    def test_greet_both_is_a_coroutine_function(self):
        self.assert_coroutine_function("greet_both")


class GreetTest(unittest.TestCase):
    longMessage = False

    def test_returns_the_greeting_after_the_delay(self):
        outcome = grading.run_async('result = await submission.greet("Ada", 1.5)')
        hint = " A coroutine that ends without return gives None." if outcome.value is None else ""
        self.assertEqual(outcome.value, "Hello, Ada!",
                         msg=f'await greet("Ada", 1.5) gave {outcome.value!r}, expected "Hello, Ada!".{hint}')
        self.assertAlmostEqual(
            outcome.elapsed, 1.5, places=6,
            msg=f"greet took {outcome.elapsed:g} virtual seconds, expected 1.5 (the delay)."
                + blocking_hint(outcome))
        self.assertEqual(outcome.blocking, [], msg="greet must not block the event loop." + blocking_hint(outcome))


class GreetBothTest(unittest.TestCase):
    longMessage = False

    def test_greets_ada_then_grace(self):
        outcome = grading.run_async(GREET_BOTH)
        if isinstance(outcome.value, list) and "coroutine" in outcome.value:
            self.fail(f"greet_both returned {outcome.value!r}: a list of coroutine objects, not greetings. "
                      "Calling an async def function only creates a coroutine; put await in front of each "
                      "greet(...) call.")
        if outcome.value == "NoneType":
            self.fail("greet_both() gave None: a coroutine that ends without return gives None. Return the list "
                      "of the two greetings.")
        self.assertEqual(outcome.value, ["Hello, Ada!", "Hello, Grace!"],
                         msg=f"greet_both() gave {outcome.value!r}, expected ['Hello, Ada!', 'Hello, Grace!'].")

    def test_waits_without_blocking_the_loop(self):
        outcome = grading.run_async(GREET_BOTH)
        self.assertEqual(outcome.blocking, [], msg="greet_both must not block." + blocking_hint(outcome))
        hint = ""
        if abs(outcome.elapsed - 2.0) < 1e-6:
            hint = (" The two greetings ran at the same time; the legacy code greets Ada and then Grace, one after "
                    "the other: await the first greet before starting the second.")
        self.assertAlmostEqual(
            outcome.elapsed, 3.0, places=6,
            msg=f"greet_both took {outcome.elapsed:g} virtual seconds, expected 3.0 like the legacy version "
                f"(1 s for Ada, then 2 s for Grace).{hint}")
