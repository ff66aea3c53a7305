import unittest
from itertools import islice

import grading
from submission import fibonacci

FIRST_TEN = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

# Taken inside the runner: 300 round trips through a handle would be needlessly slow. The runner stops early when
# the values come too slowly (each number computed from scratch), so that it becomes a message, not the time limit.
# The budget is CPU time, which does not grow when the grading machine is busy.
TAKE_300 = """
import itertools, time
values, durations = [], []
started = time.process_time()
for value in itertools.islice(submission.fibonacci(), 300):
    values.append(value)
    durations.append(time.process_time() - started - sum(durations))
    if time.process_time() - started > budget:
        break
result = values, durations
"""
BUDGET_SECONDS = 0.5

# Value number 1,500, taken in the runner on the same CPU budget: a generator that delegates to a new copy of itself
# for every number (yield from fibonacci(b, a + b)) nests one generator per value and hits Python's recursion limit
# near 1,000, so it does not go on forever.
TAKE_MANY = """
import itertools, time
started = time.process_time()
count, error, slow = 0, None, False
try:
    for value in itertools.islice(submission.fibonacci(), 1500):
        count += 1
        if time.process_time() - started > budget:
            slow = True
            break
except RecursionError as exc:
    error = str(exc)
result = count, error, slow, (repr(value) if count else None)
"""


def expected_fibonacci(count):
    a, b, numbers = 0, 1, []
    for _ in range(count):
        numbers.append(a)
        a, b = b, a + b
    return numbers


def explain_difference(values):
    """A hint for the usual reasons the first values differ from 0, 1, 1, 2, 3, 5, ..."""
    if values and isinstance(values[0], list):
        return (" (each value is a list of the numbers so far: yield one number at a time, for example "
                "yield numbers[-1] after appending, or keep just two numbers, a and b)")
    if values and isinstance(values[0], tuple):
        return f" (each value is a tuple such as {values[0]!r}: yield one number at a time, just a, not the pair)"
    if len(values) >= 5 and all(value == values[0] for value in values):
        return (f" (every value is {values[0]!r}: the numbers never move on. Check that a, b = 0, 1 is written "
                "once, before the loop (inside it, it starts over every time), and that a, b = b, a + b comes "
                "after each yield)")
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


def explain_value(index, got, want, values):
    """A hint for one wrong value among the first 300, when the value shows its cause."""
    if isinstance(got, float):
        return (f" (fibonacci yields floats: {got!r} is a float, and a float keeps only about 16 digits, so the "
                "numbers drift after the 78th; start from the integers 0 and 1, not 0.0 and 1.0)")
    if isinstance(got, int) and index > 40 and abs(got - want) <= want * 1e-9:
        return (f" (almost right: off by {got - want:+d} after {index} correct values, which is what a computation "
                "with floats does, for example a formula with phi ** n; add the two previous numbers with "
                "integers instead: a, b = b, a + b)")
    return explain_difference(values)


def refuse_a_non_generator(test, numbers):
    """Fail with a sentence that fits when fibonacci() returned plain data instead of a generator."""
    if isinstance(numbers, (list, tuple)):
        test.fail(f"fibonacci() returned a {type(numbers).__name__}; a generator yields values one at a time "
                  "(use yield), and a list could never hold all of them")
    if numbers is None:
        test.fail("fibonacci() returned None instead of a generator: a generator function has yield in its body "
                  "(yield a inside while True)")
    if isinstance(numbers, (bool, int, float, str)):
        test.fail(f"fibonacci() returned {numbers!r} instead of a generator: return hands back one value and ends "
                  "the function; write yield a where you wrote return, so that it hands out value after value")


def make(test):
    """Call fibonacci() with no arguments, as the prompt says, and name a required parameter if it has one."""
    try:
        return fibonacci()
    except TypeError as exc:
        if "required positional argument" in str(exc):
            test.fail(f"fibonacci() is called with no arguments, and yours needs one ({exc}): the generator has no "
                      "parameters and no limit, it yields numbers for as long as someone asks (while True)")
        raise


class FibonacciTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_is_a_generator(self):
        numbers = make(self)
        refuse_a_non_generator(self, numbers)
        self.assertEqual(grading.type_name(numbers), "generator",
                         f"fibonacci() should return a generator (a def with yield in its body), got an object "
                         f"of type {grading.type_name(numbers)}")

    def test_first_ten_values(self):
        numbers = make(self)
        refuse_a_non_generator(self, numbers)
        values = list(islice(numbers, 10))
        self.assertEqual(values, FIRST_TEN,
                         f"the first ten values should be {FIRST_TEN}, got {values}{explain_difference(values)}")

    def test_one_value_per_next(self):
        numbers = make(self)
        refuse_a_non_generator(self, numbers)
        got = []
        for _ in range(5):
            try:
                got.append(next(numbers))
            except StopIteration:
                self.fail(f"fibonacci() stopped after {got}: five calls to next() should give {FIRST_TEN[:5]}, "
                          "and it should never stop (while True)")
        self.assertEqual(got, FIRST_TEN[:5],
                         f"five calls to next() should give {FIRST_TEN[:5]}, got {got}{explain_difference(got)}")

    def test_never_runs_out(self):
        refuse_a_non_generator(self, make(self))
        values, durations = grading.run(TAKE_300, budget=BUDGET_SECONDS)
        expected = expected_fibonacci(300)
        # Compared by hand: unittest's diff of two long lists of huge numbers takes far too long.
        for index, (got, want) in enumerate(zip(values, expected)):
            if got != want:
                shown = repr(got) if len(repr(got)) <= 120 else repr(got)[:100] + "..."
                self.fail(f"value number {index} should be {want}, got {shown}"
                          + explain_value(index, got, want, values))
        if len(values) < 300 and sum(durations) > BUDGET_SECONDS:
            last = durations[-1]
            self.fail(f"fibonacci() took more than {BUDGET_SECONDS:g} s of CPU time to give its first {len(values)} values "
                      f"(the last one alone took {last:.2f} s), and the tests take 300: each value should cost "
                      "one addition. If each number is computed from scratch (a recursive fib(n) called for "
                      "every n), keep the last two numbers instead and add them: a, b = b, a + b")
        self.assertEqual(len(values), 300,
                         f"fibonacci() stopped after {len(values)} values; it should go on forever (while True)")

    def test_keeps_going_past_a_thousand(self):
        refuse_a_non_generator(self, make(self))
        count, error, slow, last = grading.run(TAKE_MANY, budget=BUDGET_SECONDS)
        if error is not None:
            self.fail(f"fibonacci() crashed with RecursionError ({error}) after {count} values, so it does not go "
                      "on forever: each yield from fibonacci(...) starts one more generator inside the last one, "
                      "and Python allows only about 1,000 of them nested. Keep a loop instead: while True: yield a; "
                      "a, b = b, a + b")
        if slow:
            self.fail(f"fibonacci() took more than {BUDGET_SECONDS:g} s of CPU time to give {count} values: each "
                      "value should cost one addition (keep the last two numbers and add them: a, b = b, a + b)")
        self.assertEqual(count, 1500,
                         f"fibonacci() stopped after {count} values; the tests take 1,500 and it should go on "
                         "forever (while True)")
        self.assertEqual(last, repr(expected_fibonacci(1500)[-1]),
                         "value number 1,499 is not the right Fibonacci number (the test 'never runs out' names "
                         "the first value that goes wrong): each number is the sum of the two before it, from 0 "
                         "and 1, as whole numbers")
