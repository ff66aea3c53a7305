import unittest

import grading

# Await in the runner; turn a refused __await__ into data so the test can explain it.
AWAIT = """
import asyncio
try:
    if how == "once":
        result = {"value": await submission.Delay(2, "done")}
    elif how == "twice":
        delay = submission.Delay(1.5, 7)
        result = {"value": [await delay, await delay]}
    else:
        result = {"value": list(await asyncio.gather(submission.Delay(1, "a"), submission.Delay(1, "b")))}
except TypeError as error:
    result = {"type_error": str(error)}
except RuntimeError as error:
    if "Task got bad yield" in str(error) and "<coroutine object" not in str(error):
        result = {"bad_yield": str(error)}
    elif "cannot reuse already awaited coroutine" in str(error):
        result = {"reused": str(error)}
    else:
        raise
"""


def decorated_await():
    """Whether the learner's __await__ carries a decorator (such as @types.coroutine), read with ast."""
    import ast
    return any(isinstance(node, ast.FunctionDef) and node.name == "__await__" and node.decorator_list
               for node in ast.walk(ast.parse(grading.source())))


def calls_call_at():
    """Whether the learner's source calls loop.call_at, read with ast."""
    import ast
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "call_at"
               for node in ast.walk(ast.parse(grading.source())))


def no_wait_hint(elapsed):
    """What to say when an await of a Delay took no virtual time at all."""
    if elapsed > 1e-9:
        return ""
    if calls_call_at():
        return (" No time passed: loop.call_at takes a reading of the loop's clock, not a number of seconds, so "
                "call_at(self.seconds, ...) is in the past and fires at once. Use "
                "loop.call_at(loop.time() + self.seconds, ...), or loop.call_later(self.seconds, ...).")
    return (" No time passed at all: a bare yield or asyncio.sleep(0) only gives other tasks a turn, it does not wait. "
            "Wait for the seconds themselves: yield from asyncio.sleep(self.seconds).__await__().")


class DelayTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def await_delay(self, how):
        outcome = grading.run_async(AWAIT, how=how)
        if "type_error" in outcome.value:
            error = outcome.value["type_error"]
            hint = ""
            if "returned a coroutine" in error and decorated_await():
                hint = (" @types.coroutine marks a generator as a coroutine, and __await__ may not return a "
                        "coroutine: drop the decorator from __await__ and delegate with yield from "
                        "asyncio.sleep(...).__await__().")
            elif "returned a coroutine" in error or "non-iterator of type 'coroutine'" in error:
                hint = (" __await__ must return an iterator, not a coroutine: write it as a plain def (not async "
                        "def) that delegates with yield from asyncio.sleep(...).__await__(), or returns "
                        "asyncio.sleep(...).__await__().")
            elif "cannot 'yield from' a coroutine" in error:
                hint = (" Inside a plain def, yield from needs an iterator, and a coroutine object is not one: "
                        "delegate to its iterator, yield from asyncio.sleep(...).__await__().")
            elif "unhashable type" in error:
                hint = (" asyncio.gather keeps its arguments in a dict, so each Delay must be hashable. A "
                        "@dataclass (eq=True by default) sets __hash__ to None: use @dataclass(eq=False), or a "
                        "plain class.")
            elif "not supported between instances of" in error:
                hint = (" asyncio.sleep received something that is not a number as its delay: Delay(seconds, value) "
                        "takes the seconds first, then the value.")
            elif "can't be used in 'await' expression" in error or "an awaitable is required" in error:
                hint = (" await looks for a method named __await__ on the object's class, and Delay has none "
                        "(__iter__ or another name does not count): define def __await__(self) that returns an "
                        "iterator, for example by delegating with yield from asyncio.sleep(...).__await__().")
            elif "non-iterator" in error or "'NoneType' object is not iterable" in error:
                hint = (" __await__ must return an iterator: delegate with yield from "
                        "asyncio.sleep(...).__await__(), or return another awaitable's __await__().")
            what = "gathering two Delays" if how == "gather" else "awaiting a Delay"
            self.fail(f"{what} raised TypeError({error!r}).{hint}")
        if "bad_yield" in outcome.value:
            what = "gathering two Delays" if how == "gather" else "awaiting a Delay"
            self.fail(f"{what} raised RuntimeError({outcome.value['bad_yield']!r}): everything __await__ yields goes "
                      "straight to asyncio's event loop, which only understands Futures, so __await__ must not hand "
                      "out the value (nor anything else of its own). Wait by delegating, yield from "
                      "asyncio.sleep(self.seconds).__await__(), and give the value with return at the end.")
        if "reused" in outcome.value and grading.kind_of("Delay") != "class":
            self.fail("awaiting the same Delay a second time raised RuntimeError('cannot reuse already awaited "
                      "coroutine'): Delay(1.5, 7) made a coroutine, and a coroutine runs only once. Make Delay a "
                      "class whose __await__ starts a fresh wait on every await.")
        if "reused" in outcome.value:
            self.fail("awaiting the same Delay a second time raised RuntimeError('cannot reuse already awaited "
                      "coroutine'): one coroutine was awaited twice. The Delay hands out one coroutine made once (in __init__, or kept from the "
                      "first await), and a coroutine runs only once. Make a fresh asyncio.sleep(...) inside every "
                      "__await__ call, so each await waits again.")
        if outcome.blocking:
            at, seconds = outcome.blocking[0]
            self.fail(f"awaiting a Delay must not block the event loop: time.sleep({seconds:g}) at {at:g} virtual "
                      "seconds froze every other task. Wait with asyncio.sleep(...).__await__() instead.")
        return outcome

    def test_is_a_class(self):
        kind = grading.kind_of("Delay")
        self.assertEqual(kind, "class",
                         msg=f"Delay is a {kind}, expected a class: the exercise is to make objects of your own "
                             "awaitable. Write class Delay with __init__(self, seconds, value) and a plain def "
                             "__await__(self).")

    def test_waits_and_gives_the_value(self):
        outcome = self.await_delay("once")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"await Delay(2, 'done') took {outcome.elapsed:g} virtual seconds, expected 2.0."
                                   + no_wait_hint(outcome.elapsed))
        self.assertEqual(outcome.value["value"], "done",
                         msg=f"await Delay(2, 'done') gave {outcome.value['value']!r}, expected 'done': pass the "
                             "value through as the result of the await (asyncio.sleep(seconds, result) returns "
                             "result, and `return` in __await__ becomes the value of the await).")

    def test_can_be_awaited_twice(self):
        outcome = self.await_delay("twice")
        self.assertEqual(outcome.value["value"], [7, 7],
                         msg=f"awaiting Delay(1.5, 7) twice gave {outcome.value['value']!r}, expected [7, 7].")
        hint = ""
        if abs(outcome.elapsed - 1.5) < 1e-6:
            hint = (": the second await did not wait at all. Start a fresh wait in every __await__ call; a Task, a "
                    "Future or a 'done' flag made once is already finished the second time")
        elif abs(outcome.elapsed - 2.0) < 1e-6:
            hint = ": that is two waits of 1 s; check that the 1.5 is not rounded (int())"
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"two awaits of a 1.5 s Delay took {outcome.elapsed:g} s, expected 3.0{hint}.")

    def test_works_with_gather(self):
        outcome = self.await_delay("gather")
        got = outcome.value["value"]
        hint = ""
        if got == ["b", "b"]:
            hint = (": both Delays gave the value of the last one made. Store seconds and value on the instance "
                    "(self.value = value), not on the class or in a global")
        self.assertEqual(got, ["a", "b"], msg=f"asyncio.gather(Delay(1, 'a'), Delay(1, 'b')) gave {got!r}, "
                                              f"expected ['a', 'b']{hint}.")
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"two 1 s Delays gathered took {outcome.elapsed:g} s, expected 1.0.")
