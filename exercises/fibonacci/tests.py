import unittest
from itertools import islice

import grading
from submission import fibonacci

FIRST_TEN = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def expected_fibonacci(count):
    a, b, numbers = 0, 1, []
    for _ in range(count):
        numbers.append(a)
        a, b = b, a + b
    return numbers


def explain_difference(values):
    """A hint for the usual reasons the first values differ from 0, 1, 1, 2, 3, 5, ..."""
    if values[:5] == [1, 1, 2, 3, 5]:
        return (" (the 0 at the start is missing: the sequence starts 0, 1, so the first value yielded must be 0; "
                "yield a before moving both numbers on)")
    if values[:5] == [1, 2, 3, 5, 8]:
        return (" (0 and the first 1 are missing: the sequence starts 0, 1, so the first value yielded must be 0; "
                "yield a before moving both numbers on)")
    if values[:5] == [0, 1, 2, 4, 8]:
        return (" (each value doubled: update both numbers at once with a, b = b, a + b, otherwise b is "
                "computed from the new a)")
    return ""


def refuse_a_list(test, numbers):
    if isinstance(numbers, (list, tuple)):
        test.fail(f"fibonacci() returned a {type(numbers).__name__}; a generator yields values one at a time "
                  "(use yield), and a list could never hold all of them")


class FibonacciTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator(self):
        numbers = fibonacci()
        refuse_a_list(self, numbers)
        self.assertEqual(grading.type_name(numbers), "generator",
                         f"fibonacci() should return a generator, got a {grading.type_name(numbers)}")

    def test_first_ten_values(self):
        values = list(islice(fibonacci(), 10))
        self.assertEqual(values, FIRST_TEN,
                         f"the first ten values should be {FIRST_TEN}, got {values}{explain_difference(values)}")

    def test_one_value_per_next(self):
        numbers = fibonacci()
        refuse_a_list(self, numbers)
        got = [next(numbers) for _ in range(5)]
        self.assertEqual(got, FIRST_TEN[:5],
                         f"five calls to next() should give {FIRST_TEN[:5]}, got {got}{explain_difference(got)}")

    def test_never_runs_out(self):
        # Taken inside the runner: 300 round trips through a handle would be needlessly slow.
        values = grading.run("import itertools; result = list(itertools.islice(submission.fibonacci(), 300))")
        self.assertEqual(len(values), 300,
                         f"fibonacci() stopped after {len(values)} values; it should go on forever (while True)")
        expected = expected_fibonacci(300)
        # Compared by hand: unittest's diff of two long lists of huge numbers takes far too long.
        for index, (got, want) in enumerate(zip(values, expected)):
            if got != want:
                self.fail(f"value number {index} should be {want}, got {got}" + explain_difference(values))
