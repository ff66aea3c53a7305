import unittest

import grading

BREW_ALL = "result = list(await submission.brew_all(orders))"


def explain(outcome, expected):
    """What went wrong with the timing, from the clues the virtual loop recorded (never-awaited coroutines are
    reported first by the checker)."""
    took = f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}"
    if outcome.blocking:
        at, seconds = outcome.blocking[0]
        prefix = f"{took}: " if abs(outcome.elapsed - expected) > 1e-6 else ""
        return (f"{prefix}time.sleep({seconds:g}) at {at:g} s blocked the event loop, so nothing else could run "
                "meanwhile. Use await asyncio.sleep(...) (or run the blocking call in a thread with "
                "await asyncio.to_thread(...)).")
    if outcome.elapsed > expected + 1e-6:
        return f"{took}: the drinks brewed one after another. Start them together with asyncio.gather."
    return f"{took}."


class BrewTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_brew_waits_for_the_machine(self):
        outcome = grading.run_async('result = await submission.brew("tea", 3)')
        hint = " A coroutine that ends without return gives None." if outcome.value is None else ""
        self.assertEqual(outcome.value, "tea is ready", f"brew('tea', 3) gave {outcome.value!r}, expected "
                                                        f"'tea is ready'.{hint}")
        self.assertEqual(outcome.blocking, [], "brew('tea', 3): " + explain(outcome, 3.0))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew('tea', 3) " + explain(outcome, 3.0))


class BrewAllTest(unittest.TestCase):
    longMessage = False

    def test_drinks_brew_at_the_same_time(self):
        outcome = grading.run_async(BREW_ALL, orders=[["tea", 3], ["coffee", 2], ["cocoa", 1]])
        self.assertEqual(outcome.blocking, [], "brew_all: " + explain(outcome, 3.0))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew_all " + explain(outcome, 3.0))

    def test_messages_follow_the_orders(self):
        outcome = grading.run_async(BREW_ALL, orders=[["tea", 3], ["coffee", 2], ["cocoa", 1], ["milk", 2]])
        expected = ["tea is ready", "coffee is ready", "cocoa is ready", "milk is ready"]
        hint = ""
        if isinstance(outcome.value, list) and sorted(map(str, outcome.value)) == sorted(expected):
            hint = " Those are in the order the drinks finished: keep the order of orders (gather does)."
        self.assertEqual(outcome.value, expected, f"brew_all gave {outcome.value!r}, expected {expected!r}.{hint}")
