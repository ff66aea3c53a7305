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
    return ""


class CountdownTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator_function(self):
        problem = describe_non_generator(countdown(3))
        if problem:
            self.fail(problem)
        is_generator_function = grading.run(
            "import inspect; result = inspect.isgeneratorfunction(submission.countdown)")
        self.assertTrue(is_generator_function,
                        "countdown should be a generator function: a def whose body contains yield")

    def test_yields_in_order(self):
        problem = describe_non_generator(countdown(5))
        if problem:
            self.fail(problem)
        values = list(countdown(5))
        self.assertEqual(values, [5, 4, 3, 2, 1],
                         f"list(countdown(5)) should be [5, 4, 3, 2, 1], got {values!r}{explain_values(values, 5)}")

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
        values = list(countdown(0))
        self.assertEqual(values, [], f"countdown(0) should yield nothing, got {values!r}")

    def test_counts_down_from_one(self):
        problem = describe_non_generator(countdown(1))
        if problem:
            self.fail(problem)
        values = list(countdown(1))
        self.assertEqual(values, [1], f"countdown(1) should yield just 1, got {values!r}{explain_values(values, 1)}")

    def test_negative_yields_nothing(self):
        problem = describe_non_generator(countdown(-3))
        if problem:
            self.fail(problem)
        # At most 20 values, taken in the runner: a countdown that never reaches 0 from below would never end.
        values = grading.run("import itertools; result = list(itertools.islice(submission.countdown(-3), 20))")
        hint = (" and it would go on forever: loop while n is above zero (n > 0), not until it equals zero"
                if len(values) == 20 else "")
        self.assertEqual(values, [], f"countdown(-3) should yield nothing, got {values[:5]!r}{hint}")
