import ast
import unittest

import grading
from submission import countdown


def calls_print():
    """Whether the learner's countdown calls print (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "countdown":
            return any(isinstance(call, ast.Call) and getattr(call.func, "id", None) == "print"
                       for call in ast.walk(node))
    return False


def describe_non_generator(value):
    """Explain what countdown returned when it is not a generator, or None if it is one."""
    if isinstance(value, (list, tuple)):
        return (f"countdown returned a {type(value).__name__} ({value!r}); a generator yields values one at a "
                "time (use yield), it does not build them all up front")
    if value is None:
        if calls_print():
            return ("countdown printed the values instead of yielding them, so it returned None and nothing was "
                    "yielded: write yield n where you wrote print(n)")
        return "countdown returned None, so nothing was yielded: a generator function has yield in its body"
    return None


def explain_values(values, n):
    """A hint for the usual ways list(countdown(n)) goes wrong, when the values show which one it is."""
    if values == list(range(n - 1, -1, -1)):
        return " (it starts one too low and ends at 0: yield n first, then make it smaller)"
    if values == list(range(1, n + 1)):
        return " (those count up: count down from n to 1)"
    if 0 in values:
        return " (the countdown stops at 1: zero is not part of it)"
    if n > 1 and values == list(range(n, 1, -1)):
        return " (it stops one early, before 1: loop while n > 0, and a range(n, 0, -1) ends just above its stop value 0)"
    if len(values) == 1 and isinstance(values[0], (list, tuple, range)):
        return (" (it yielded the whole countdown as one value: yield each number on its own, for example "
                "for i in range(n, 0, -1): yield i, or yield from range(n, 0, -1))")
    if values and all(isinstance(value, str) for value in values):
        return " (those are strings: yield the numbers themselves, not str(n))"
    if values == list(range(n, 0, -1)) and not all(type(value) is int for value in values):
        return (" (the values are right but not all of them are integers: make n smaller with n -= 1, "
                "not by subtracting a float such as 1.0)")
    return ""


def take(n, limit=20):
    """The first `limit` values of countdown(n), taken in the runner: a countdown that never stops still ends here."""
    return grading.run("import itertools; result = list(itertools.islice(submission.countdown(n), limit))",
                       n=n, limit=limit)


def explain_endless(values, n, limit=20):
    """A sentence for a countdown that was still going after `limit` values, or "" if it stopped."""
    if len(values) < limit:
        return ""
    if all(value == n for value in values):
        return (f" and it never stopped: the first {limit} values were all {n!r}, so n never changes; make n one "
                "smaller after each yield (n -= 1)")
    if any(isinstance(value, (int, float)) and value <= 0 for value in values):
        return (f" and it went below zero without stopping (the first {limit} values are shown from the start): "
                "loop while n is above zero (n > 0)")
    return f" and it had not stopped after {limit} values: a countdown from {n} gives exactly {max(n, 0)} values"


class CountdownTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator_function(self):
        problem = describe_non_generator(countdown(3))
        if problem:
            self.fail(problem)
        # kind_of reads the source too: replacing inspect in the learner's file cannot make a class pass.
        self.assertEqual(grading.kind_of("countdown"), "generator function",
                        "countdown should be a generator function: a def whose body contains yield")

    def test_yields_in_order(self):
        problem = describe_non_generator(countdown(5))
        if problem:
            self.fail(problem)
        values = take(5)
        self.assertEqual(values, [5, 4, 3, 2, 1],
                         f"list(countdown(5)) should be [5, 4, 3, 2, 1], got {values[:8]!r}"
                         f"{explain_endless(values, 5) or explain_values(values, 5)}")
        self.assertTrue(all(type(value) is int for value in values),
                        f"list(countdown(5)) should be the integers [5, 4, 3, 2, 1], got {values!r}"
                        f"{explain_values(values, 5)}")

    def test_one_value_per_next(self):
        counter = countdown(3)
        problem = describe_non_generator(counter)
        if problem:
            self.fail(problem)
        for expected in (3, 2, 1):
            try:
                got = next(counter)
            except StopIteration:
                self.fail(f"countdown(3) finished before giving {expected}: it should give 3, 2 and 1")
            self.assertEqual(got, expected, f"next() should give {expected}, got {got!r}")
        with self.assertRaises(StopIteration,
                               msg="after yielding 1 the generator should finish (the countdown stops at 1)"):
            next(counter)

    def test_zero_yields_nothing(self):
        problem = describe_non_generator(countdown(0))
        if problem:
            self.fail(problem)
        values = take(0)
        self.assertEqual(values, [], f"countdown(0) should yield nothing, got {values[:5]!r}{explain_endless(values, 0)}")

    def test_counts_down_from_one(self):
        problem = describe_non_generator(countdown(1))
        if problem:
            self.fail(problem)
        values = take(1)
        self.assertEqual(values, [1], f"countdown(1) should yield just 1, got {values[:5]!r}"
                                      f"{explain_endless(values, 1) or explain_values(values, 1)}")

    def test_negative_yields_nothing(self):
        problem = describe_non_generator(countdown(-3))
        if problem:
            self.fail(problem)
        # At most 20 values, taken in the runner: a countdown that never reaches 0 from below would never end.
        values = take(-3)
        hint = ""
        if len(values) == 20:
            hint = (explain_endless(values, -3) if all(value == -3 for value in values) else
                    " and it would go on forever: loop while n is above zero (n > 0), not until it equals zero")
        if values == [-3]:
            hint = (" (it yields n once before checking it: test n > 0 before every yield, the first one too, "
                    "for example with while n > 0: yield n; n -= 1)")
        self.assertEqual(values, [], f"countdown(-3) should yield nothing, got {values[:5]!r}{hint}")

    def test_each_call_starts_afresh(self):
        problem = describe_non_generator(countdown(2))
        if problem:
            self.fail(problem)
        first, second = take(2), take(2)
        if first == second == []:
            self.fail("countdown(2) should yield 2 and 1, but it yielded nothing, twice, although 2 is above zero. "
                      "If your countdown keeps its count outside the call (in a global, a default argument or an "
                      "attribute), the earlier countdowns used it up: keep the count in a local variable (the "
                      "parameter n itself), so that each call starts from its own n")
        self.assertEqual(first, [2, 1], f"countdown(2) should yield 2 and 1, got {first[:5]!r}{explain_endless(first, 2)}")
        self.assertEqual(second, [2, 1],
                         f"a second countdown(2), made after a first one had finished, should yield 2 and 1 again, "
                         f"got {second[:5]!r}: each call must start its own count from its own n, so keep the "
                         "count in a local variable (the parameter n itself), not in a global or a default argument")
