import unittest

import grading

BREW_ALL = "result = list(await submission.brew_all(orders))"


def explain(outcome, expected):
    """Name what went wrong with the timing, from the clues the virtual loop recorded."""
    if outcome.blocking:
        at, seconds = outcome.blocking[0]
        return (f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}: time.sleep({seconds:g}) at "
                f"{at:g} s blocked the event loop, so nothing else could run. Use await asyncio.sleep(...).")
    if outcome.never_awaited:
        return (f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}: the coroutine "
                f"{outcome.never_awaited[0]!r} was never awaited, so nothing waited. Put await in front of "
                "asyncio.sleep(...).")
    if outcome.elapsed > expected:
        return (f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}: the drinks brewed one after "
                "another. Start them together with asyncio.gather.")
    return f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}."


class BrewTest(unittest.TestCase):
    def test_brew_waits_for_the_machine(self):
        outcome = grading.run_async('result = await submission.brew("tea", 3)')
        self.assertEqual(outcome.value, "tea is ready", msg=f"brew('tea', 3) gave {outcome.value!r}.")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew('tea', 3) " + explain(outcome, 3.0))
        self.assertEqual(outcome.blocking, [], msg="brew('tea', 3) " + explain(outcome, 3.0))


class BrewAllTest(unittest.TestCase):
    def test_drinks_brew_at_the_same_time(self):
        outcome = grading.run_async(BREW_ALL, orders=[["tea", 3], ["coffee", 2], ["cocoa", 1]])
        self.assertEqual(outcome.blocking, [], msg="brew_all " + explain(outcome, 3.0))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew_all " + explain(outcome, 3.0))

    def test_messages_follow_the_orders(self):
        outcome = grading.run_async(BREW_ALL, orders=[["tea", 3], ["coffee", 2]])
        self.assertEqual(outcome.value, ["tea is ready", "coffee is ready"],
                         msg=f"brew_all gave {outcome.value!r}, expected ['tea is ready', 'coffee is ready'].")
