import unittest

import grading
from submission import countdown


def describe_non_generator(value):
    """Explain what countdown returned when it is not a generator, or None if it is one."""
    if isinstance(value, (list, tuple)):
        return (f"countdown returned a {type(value).__name__} ({value!r}); a generator yields values one at a "
                "time (use yield), it does not build them all up front")
    if value is None:
        return ("countdown returned None, so nothing was yielded: if it printed the values instead of yielding "
                "them, write yield n where you wrote print(n)")
    return None


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
        hint = " (the countdown stops at 1: zero is not part of it)" if 0 in values else ""
        self.assertEqual(values, [5, 4, 3, 2, 1],
                         f"list(countdown(5)) should be [5, 4, 3, 2, 1], got {values!r}{hint}")

    def test_one_value_per_next(self):
        counter = countdown(3)
        problem = describe_non_generator(counter)
        if problem:
            self.fail(problem)
        for expected in (3, 2, 1):
            got = next(counter)
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
        self.assertEqual(values, [1], f"countdown(1) should yield just 1, got {values!r}")
