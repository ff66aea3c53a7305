import unittest

import grading

# Describe what came back in plain data, so a coroutine object left in the list shows up by type.
# greet_both normally calls greet: a spy in its place records each call (name, delay, start and end time),
# so a swapped delay or a greeting started too early shows up. An answer that does not call greet is
# judged on its result and total time alone.
GREET_BOTH = """
original = submission.greet
calls = []

async def spy(name, delay):
    record("start " + str(name))
    call = [name, delay, now(), None]
    calls.append(call)
    try:
        return await original(name, delay)
    finally:
        call[3] = now()
        record("end " + str(name))

submission.greet = spy
try:
    value = await submission.greet_both()
finally:
    submission.greet = original
if isinstance(value, list):
    result = [item if isinstance(item, str) else type(item).__name__ for item in value]
    for item in value:
        if hasattr(item, "close"):
            item.close()
else:
    result = type(value).__name__
result = [result, calls]
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
        kind = grading.kind_of(name)
        if kind == "async generator function":
            msg = (f"{name} is an async generator function, not a coroutine function: it is an async def, but a "
                   "yield inside it makes calling it give an async generator, which cannot be awaited. Wait with "
                   "await and hand the result back with return, as the legacy code did.")
        else:
            msg = (f"{name} is not a coroutine function (inspect.iscoroutinefunction is False): define it with "
                   "async def (a def with yield from, decorated or not, is a generator function).")
        self.assertEqual(kind, "coroutine function", msg=msg)

    def test_greet_is_a_coroutine_function(self):
        self.assert_coroutine_function("greet")

    def test_greet_both_is_a_coroutine_function(self):
        self.assert_coroutine_function("greet_both")


class GreetTest(unittest.TestCase):
    longMessage = False

    def check_greet(self, name, delay):
        outcome = grading.run_async("result = await submission.greet(name, delay)", name=name, delay=delay)
        expected = "Hello, " + name + "!"
        hint = " A coroutine that ends without return gives None." if outcome.value is None else ""
        if isinstance(outcome.value, str) and outcome.value != expected and name not in outcome.value:
            hint = f" The greeting must use the name it is given ({name!r} here)."
        self.assertEqual(outcome.value, expected,
                         msg=f"await greet({name!r}, {delay!r}) gave {outcome.value!r}, expected {expected!r}.{hint}")
        self.assertEqual(outcome.blocking, [],
                         msg=f"greet({name!r}, {delay!r}) must not block the event loop." + blocking_hint(outcome))
        self.assertAlmostEqual(
            outcome.elapsed, delay, places=6,
            msg=f"greet({name!r}, {delay!r}) took {outcome.elapsed:g} virtual seconds, expected {delay:g} "
                "(the delay it is given): wait with await asyncio.sleep(delay).")

    def test_returns_the_greeting_after_the_delay(self):
        self.check_greet("Ada", 1.5)

    def test_uses_its_own_name_and_delay(self):
        self.check_greet("Linus", 0.25)


class GreetBothTest(unittest.TestCase):
    longMessage = False

    def test_greets_ada_then_grace(self):
        outcome = grading.run_async(GREET_BOTH)
        value, _ = outcome.value
        if isinstance(value, list) and "coroutine" in value:
            self.fail(f"greet_both returned {value!r}: a list of coroutine objects, not greetings. "
                      "Calling an async def function only creates a coroutine; put await in front of each "
                      "greet(...) call.")
        if isinstance(value, list) and ("Task" in value or "Future" in value):
            self.fail(f"greet_both returned {value!r}: tasks, not greetings. create_task and ensure_future start "
                      "a greet, but the greeting is what awaiting it gives. As in the legacy code, await greet('Ada', 1) "
                      "and then greet('Grace', 2), and return what the awaits give (no task is needed).")
        if value == ["Hello, Grace!", "Hello, Ada!"]:
            self.fail("greet_both() gave ['Hello, Grace!', 'Hello, Ada!']: the right greetings, in the other order. "
                      "Return them in the order of the legacy code, Ada's first: [first, second].")
        if value == "NoneType":
            self.fail("greet_both() gave None: a coroutine that ends without return gives None. Return the list "
                      "of the two greetings.")
        if value in ("tuple", "generator"):
            self.fail(f"greet_both() gave a {value}, expected the list ['Hello, Ada!', 'Hello, Grace!']: "
                      "return the greetings in a list.")
        self.assertEqual(value, ["Hello, Ada!", "Hello, Grace!"],
                         msg=f"greet_both() gave {value!r}, expected ['Hello, Ada!', 'Hello, Grace!'].")

    def test_waits_without_blocking_the_loop(self):
        outcome = grading.run_async(GREET_BOTH)
        _, calls = outcome.value
        self.assertEqual(outcome.blocking, [], msg="greet_both must not block." + blocking_hint(outcome))
        hint = ""
        if abs(outcome.elapsed - 2.0) < 1e-6:
            hint = (" The two greetings ran at the same time; the legacy code greets Ada and then Grace, one after "
                    "the other: await the first greet before starting the second.")
        self.assertAlmostEqual(
            outcome.elapsed, 3.0, places=6,
            msg=f"greet_both took {outcome.elapsed:g} virtual seconds, expected 3.0 like the legacy version "
                f"(1 s for Ada, then 2 s for Grace).{hint}")
        if calls:  # greet_both called greet: check each call's name, delay and start time
            got = [(name, delay) for name, delay, _, _ in calls]
            self.assertEqual(got, [("Ada", 1), ("Grace", 2)],
                             msg=f"greet_both called greet with {got!r}, expected greet('Ada', 1) and then "
                                 "greet('Grace', 2), like the legacy code: check the names and delays.")
            ada_start, ada_end, started = calls[0][2], calls[0][3], calls[1][2]
            if started < 1.0 - 1e-6:
                why = "it started before Ada's greeting ended: await the first greet before starting the second."
            elif ada_end is not None and abs((ada_end - ada_start) - 1.0) > 1e-6:
                why = (f"Ada's greeting took {ada_end - ada_start:g} seconds instead of its 1 second: "
                       "greet(name, delay) must wait exactly delay seconds.")
            else:
                why = ("greet_both waited for something else besides the two greetings: it only awaits "
                       "greet('Ada', 1) and then greet('Grace', 2).")
            self.assertAlmostEqual(
                started, 1.0, places=6,
                msg=f"greet('Grace', 2) started at {started:g} virtual seconds, expected 1.0 (right after Ada's "
                    f"1-second greeting ends); {why}")
