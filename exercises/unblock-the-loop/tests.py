import ast
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


def calls_before_the_thread():
    """The source text of a call passed to asyncio.to_thread / run_in_executor where the function itself belongs
    (`to_thread(time.sleep(seconds))` runs the sleep at once, on the loop, and hands None to the thread)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            position = {"to_thread": 0, "run_in_executor": 1}.get(name)
            if position is not None and len(node.args) > position and isinstance(node.args[position], ast.Call):
                return ast.unparse(node)
    return None


def run_brew(code, **inputs):
    try:
        return grading.run_async(code, **inputs)
    except TypeError as error:
        call = calls_before_the_thread() if "'NoneType' object is not callable" in str(error) else None
        if call is None:
            raise
        raise AssertionError(
            f"{call} calls the blocking function right away, on the event loop's thread, and hands its result "
            "(None) to the thread, which then fails with TypeError: 'NoneType' object is not callable. Pass the "
            "function and its arguments separately: await asyncio.to_thread(time.sleep, seconds).") from None


class BrewTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_brew_waits_for_the_machine(self):
        outcome = run_brew('result = await submission.brew("tea", 3)')
        hint = " A coroutine that ends without return gives None." if outcome.value is None else ""
        self.assertEqual(outcome.value, "tea is ready", f"brew('tea', 3) gave {outcome.value!r}, expected "
                                                        f"'tea is ready'.{hint}")
        self.assertEqual(outcome.blocking, [], "brew('tea', 3): " + explain(outcome, 3.0))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew('tea', 3) " + explain(outcome, 3.0))


class BrewAllTest(unittest.TestCase):
    longMessage = False

    def test_drinks_brew_at_the_same_time(self):
        outcome = run_brew(BREW_ALL, orders=[["tea", 3], ["coffee", 2], ["cocoa", 1]])
        self.assertEqual(outcome.blocking, [], "brew_all: " + explain(outcome, 3.0))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6, msg="brew_all " + explain(outcome, 3.0))

    def test_messages_follow_the_orders(self):
        orders = [["tea", 3], ["coffee", 2], ["cocoa", 1], ["milk", 2]]
        outcome = run_brew(BREW_ALL, orders=orders)
        expected = ["tea is ready", "coffee is ready", "cocoa is ready", "milk is ready"]
        finishing = [drink + " is ready" for drink, _ in sorted(orders, key=lambda order: order[1])]
        hint = ""
        if outcome.value == finishing:
            hint = " Those are in the order the drinks finished: keep the order of orders (gather does)."
        elif isinstance(outcome.value, list) and sorted(map(str, outcome.value)) == sorted(expected):
            hint = (" The right messages in another order: keep the order of orders (gather does; a set or a dict "
                    "of tasks has an order of its own).")
        self.assertEqual(outcome.value, expected, f"brew_all gave {outcome.value!r}, expected {expected!r}.{hint}")
