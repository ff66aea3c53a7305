import ast
import unittest

import grading

BREW_ALL = """
value = await submission.brew_all(orders)
if isinstance(value, asyncio.Future):  # the gather future itself, returned without await
    value.cancel()
    result = "a Future"
elif isinstance(value, (list, tuple)) and value and all(isinstance(item, asyncio.Future) for item in value):
    result = "Tasks"  # the tasks themselves, not their results
else:
    result = list(value)
"""


# Two 1-second brews gathered by the test itself: 1 s if brew lets the loop run the other one meanwhile, 2 s if brew
# holds the loop's thread, 0 s if it does not wait at all. It tells brew's fault from brew_all's.
SIDE_BY_SIDE = """
result = list(await asyncio.gather(submission.brew("tea", 1), submission.brew("coffee", 1)))
"""


def side_by_side():
    """How long two 1-second brews took when the test gathered them, or None if that run failed."""
    try:
        return grading.run_async(SIDE_BY_SIDE).elapsed
    except Exception:
        return None


def explain(outcome, expected, of_brew_all=False):
    """What went wrong with the timing, from the clues the virtual loop recorded (never-awaited coroutines are
    reported first by the checker) and, for brew_all, from two brews the test runs side by side itself."""
    took = f"took {outcome.elapsed:g} virtual seconds, expected {expected:g}"
    if outcome.blocking:
        at, seconds = outcome.blocking[0]
        prefix = f"{took}: " if abs(outcome.elapsed - expected) > 1e-6 else ""
        return (f"{prefix}time.sleep({seconds:g}) at {at:g} s blocked the event loop, so nothing else could run "
                "meanwhile. Use await asyncio.sleep(...) (or run the blocking call in a thread with "
                "await asyncio.to_thread(...)).")
    together = side_by_side() if of_brew_all and abs(outcome.elapsed - expected) > 1e-6 else None
    brew_is_fine = together is not None and abs(together - 1.0) < 1e-6
    if outcome.elapsed > expected + 1e-6 and brew_is_fine:
        return (f"{took}: the drinks brewed one after another. brew_all must start them all before it awaits any: "
                "asyncio.gather(*(brew(drink, seconds) for ...)) starts them together.")
    if outcome.elapsed > expected + 1e-6 and together is not None and together > 1.0 + 1e-6:
        return (f"{took}: brew holds the event loop's thread while the machine runs (two brews gathered together "
                f"took {together:g} s, not 1), so the drinks brewed one after another even though they were started "
                f"together. {loop_waits_in_brew()}")
    if outcome.elapsed > expected + 1e-6:
        return f"{took}: the drinks brewed one after another. Start them together with asyncio.gather."
    if outcome.elapsed < expected - 1e-6 and brew_is_fine:
        return (f"{took}: brew_all returned before every drink was ready. Wait for all of them: return await "
                "asyncio.gather(...).")
    if outcome.elapsed < expected - 1e-6:
        return (f"{took}: brew returned before the machine was done. It must wait the drink's seconds: await "
                "asyncio.sleep(seconds) (a thread that is started but not awaited runs on its own while brew "
                "returns at once).")
    return f"{took}."


def loop_waits_in_brew():
    """What in the learner's brew waits for a thread on the loop's own thread, as far as the source shows."""
    tree = ast.parse(grading.source())
    brews = [node for node in ast.walk(tree) if isinstance(node, ast.AsyncFunctionDef) and node.name == "brew"]
    nodes = [node for brew in brews for node in ast.walk(brew)] or list(ast.walk(tree))
    calls = [node for node in nodes if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)]
    for node in calls:
        if node.func.attr == "join" and not node.args:  # Thread.join (str.join takes an argument)
            return (f"Line {node.lineno} waits for a thread with join(), which blocks the event loop's thread until "
                    "the thread ends, just as time.sleep did. Let asyncio wait for the thread: await "
                    "asyncio.to_thread(time.sleep, seconds) (or await asyncio.sleep(seconds)).")
    for node in calls:
        if node.func.attr in ("result", "map") and ast.unparse(node.func.value) != "asyncio":
            return (f"{ast.unparse(node)} on line {node.lineno} waits for the thread right there, on the event "
                    "loop's thread, just as time.sleep did. Let asyncio wait for it: await "
                    "asyncio.to_thread(time.sleep, seconds) (or await asyncio.sleep(seconds)).")
    for node in nodes:
        if isinstance(node, ast.With) and not any(isinstance(inner, ast.Await) for inner in ast.walk(node)) and any(
                isinstance(item.context_expr, ast.Call) and "Executor" in ast.unparse(item.context_expr.func)
                for item in node.items):
            return (f"Leaving the with block on line {node.lineno} shuts the pool down and waits for its thread, on "
                    "the event loop's thread, just as time.sleep did. Await the call inside the block (await "
                    "loop.run_in_executor(pool, time.sleep, seconds)), or await asyncio.sleep(seconds).")
    return ("Something in brew waits for a thread on the event loop's own thread (thread.join(), future.result(), "
            "leaving a with ThreadPoolExecutor block). Let asyncio wait for it: await asyncio.to_thread(time.sleep, "
            "seconds) (or await asyncio.sleep(seconds)).")


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
        outcome = grading.run_async(code, **inputs)
    except TimeoutError:
        raise AssertionError(
            "brew raised TimeoutError: a time limit (asyncio.wait_for(..., timeout=...) or asyncio.timeout) cut the "
            "wait short. A drink takes as long as its seconds: await asyncio.sleep(seconds), with no limit.") from None
    except TypeError as error:
        call = calls_before_the_thread() if "'NoneType' object is not callable" in str(error) else None
        if call is None:
            raise
        raise AssertionError(
            f"{call} calls the blocking function right away, on the event loop's thread, and hands its result "
            "(None) to the thread, which then fails with TypeError: 'NoneType' object is not callable. Pass the "
            "function and its arguments separately: await asyncio.to_thread(time.sleep, seconds).") from None
    if outcome.value == "a Future":
        raise AssertionError(
            "brew_all returned the future that asyncio.gather(...) hands back, not the messages: its caller would "
            "have to await twice. Await it inside brew_all: return await asyncio.gather(...).")
    if outcome.value == "Tasks":
        raise AssertionError(
            "brew_all returned the Task objects, not the messages: a task holds its coroutine's return value until "
            "you take it out. Return the results: [await task for task in tasks], [task.result() for task in tasks] "
            "once they are done, or await asyncio.gather(...).")
    return outcome


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
        self.assertEqual(outcome.blocking, [], "brew_all: " + explain(outcome, 3.0, of_brew_all=True))
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg="brew_all " + explain(outcome, 3.0, of_brew_all=True))

    def test_messages_follow_the_orders(self):
        # distinct brewing times, so the finishing order is certain (with a tie, as_completed's order is luck)
        orders = [["tea", 3], ["coffee", 2], ["cocoa", 1], ["milk", 2.5]]
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

    def test_a_drink_ordered_twice_is_brewed_twice(self):
        orders = [["tea", 2], ["coffee", 1], ["tea", 1], ["cocoa", 0.5]]
        outcome = run_brew(BREW_ALL, orders=orders)
        expected = ["tea is ready", "coffee is ready", "tea is ready", "cocoa is ready"]
        hint = ""
        if isinstance(outcome.value, list) and len(outcome.value) < len(expected) and \
                sorted(set(map(str, outcome.value))) == sorted(set(expected)):
            hint = (" One tea is missing: a dict (or set) keyed by drink keeps one entry per drink. Keep one task "
                    "per order, in a list.")
        self.assertEqual(outcome.value, expected,
                         f"with tea ordered twice, brew_all gave {outcome.value!r}, expected {expected!r}: one "
                         f"message per order, in the order of orders.{hint}")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg="brew_all " + explain(outcome, 2.0, of_brew_all=True))
