import unittest

import grading
from submission import evens, naturals, take

# Runs in the runner: an endless source that counts how far it was pulled and refuses to go past a limit, so a
# stage that is not lazy fails with an explanation instead of running until the time limit.
ENDLESS_SOURCE = """
class PulledTooFar(Exception):
    pass

def endless(limit, pulled):
    n = 0
    while True:
        if len(pulled) >= limit:
            raise PulledTooFar()
        n += 1
        pulled.append(n)
        yield n

def outcome(make_stage, limit, wanted):
    pulled = []
    try:
        stage = make_stage(endless(limit, pulled))
        if isinstance(stage, (list, tuple)):
            return ("list", None, len(pulled))
        values = [next(stage) for _ in range(wanted)]
        return ("ok", values, len(pulled))
    except PulledTooFar:
        return ("too far", None, len(pulled))
    except TypeError as error:
        if "not subscriptable" not in str(error):
            raise
        return ("indexes", str(error), len(pulled))

def laziness_problem():
    kind = outcome(submission.evens, 1000, 1)[0]
    if kind == "indexes":
        return "evens indexes"
    if kind != "ok":
        return "evens is not lazy"
    kind = outcome(lambda source: submission.take(1, source), 1000, 1)[0]
    if kind == "list":
        return "take returns a list instead of yielding its values one at a time"
    if kind == "indexes":
        return "take indexes"
    if kind != "ok":
        return "take is not lazy"
    return None
"""


EVENS_INDEXES = ("evens indexed its source (numbers[i]), but a source can be any iterable, such as a generator or "
                 "an endless one, and those have no indexes: loop over numbers with for and yield each even one")
TAKE_INDEXES = ("take sliced or indexed its source (items[:n] or items[i]), but a source can be any iterable, such as "
                "a generator or an endless one, and those have no indexes: loop over items with for and count what "
                "you have yielded")


def run_take(test, code):
    """grading.run(code), naming the mistake when take slices its source (a generator cannot be sliced)."""
    try:
        return grading.run(code)
    except TypeError as error:
        if "not subscriptable" not in str(error):
            raise
        test.fail(f"{TAKE_INDEXES} ({error})")


def zips_items_before_the_range():
    """Whether the learner's take calls zip with something other than a range(...) first (read from the source)."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "take":
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "zip" and len(call.args) >= 2
                        and not (isinstance(call.args[0], ast.Call)
                                 and getattr(call.args[0].func, "id", None) == "range")):
                    return True
    return False


def keeps_state_outside_take():
    """Whether the learner's take declares a global (or nonlocal) or has a mutable default (read from the source)."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "take":
            def mutable(default):
                if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                    return True
                called = getattr(default, "func", None)
                return (getattr(called, "id", None) or getattr(called, "attr", None)) in (
                    "list", "dict", "set", "deque", "count", "Counter")

            return (any(isinstance(inner, (ast.Global, ast.Nonlocal)) for inner in ast.walk(node))
                    or any(default is not None and mutable(default)
                           for default in node.args.defaults + node.args.kw_defaults))
    return False


class NaturalsTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_starts_at_one(self):
        numbers = naturals()
        if isinstance(numbers, (list, tuple)):
            self.fail("naturals() returned a list; a generator yields values one at a time (use yield) and "
                      "naturals() should go on forever")
        if not isinstance(numbers, grading.Handle):
            self.fail(f"naturals() returned {numbers!r}, a single {type(numbers).__name__}, not an iterator, so "
                      "next() cannot ask it for values. A return hands back one value and ends the function; a "
                      "generator function writes yield where each value is handed out (yield n inside the loop)")
        got = [next(numbers) for _ in range(3)]
        self.assertEqual(got, [1, 2, 3], f"naturals() should start 1, 2, 3, got {got}")

    def test_goes_on_forever(self):
        try:
            values = grading.run("import itertools; result = list(itertools.islice(submission.naturals(), 5000))")
        except RecursionError:
            self.fail("naturals() crashed with RecursionError before its 5000th value: each yield from naturals(n + 1) "
                      "starts one more generator inside the last one, and Python allows only about 1,000 of them "
                      "nested, so it cannot go on forever. Use a loop instead: while True: yield n; n += 1")
        self.assertEqual(len(values), 5000,
                         f"naturals() stopped after {len(values)} values; naturals() should go on forever "
                         "(while True)")
        # Compared by hand: unittest's diff of two long lists takes far too long.
        for index, value in enumerate(values):
            if value != index + 1:
                self.fail(f"naturals() should yield 1, 2, 3, ... in order: value number {index} should be "
                          f"{index + 1}, got {value!r}")
        # A million values cost well under a tenth of a second in the runner; a "big enough" bound such as
        # range(1, 10000) or range(1, 1000000) shows up here.
        far = grading.run("import itertools; result = list(itertools.islice(submission.naturals(), 1000000, 1000001))")
        self.assertEqual(far, [1000001],
                         "naturals() should never stop, but it had stopped before its millionth-and-first value "
                         f"(got {far!r} there instead of [1000001]): an upper bound, however large, is still an "
                         "end; loop with while True or itertools.count(1)" if far == [] else
                         f"naturals() should yield 1000001 as value number 1000000, got {far!r}")


class EvensTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_keeps_even_values_in_order(self):
        values = list(evens([7, 10, 3, 4, 0, -2, 5]))
        hint = ""
        if values == [10, 4, -2]:
            hint = (": the 0 is missing, but 0 is even (0 % 2 == 0) and a value like any other; a check such as "
                    "if number and ... treats it as nothing")
        self.assertEqual(values, [10, 4, 0, -2], f"evens([7, 10, 3, 4, 0, -2, 5]) should yield 10, 4, 0, -2, "
                                                 f"got {values}{hint}")

    def test_is_lazy(self):
        kind, values, pulled = grading.run(
            ENDLESS_SOURCE + "result = outcome(submission.evens, 1000, 3)")
        if kind == "too far":
            self.fail("evens tried to read the whole (endless) source before yielding anything: yield each "
                      "even number as soon as you find it, so that it works on an endless source")
        if kind == "list":
            self.fail("evens returned a list; yield each even number as you find it so that it works on an "
                      "endless source")
        if kind == "indexes":
            self.fail(f"{EVENS_INDEXES} ({values})")
        self.assertEqual(values, [2, 4, 6], f"evens of 1, 2, 3, ... should start 2, 4, 6, got {values}")
        self.assertEqual(pulled, 6, f"to give 2, 4, 6, evens should read the numbers 1 to 6 and no more, it read "
                                    f"{pulled}: pull a number only when you need the next even one")


class TakeTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_takes_the_first_values(self):
        values = list(take(3, [10, 20, 30, 40, 50]))
        hint = ""
        if len(values) == 1 and isinstance(values[0], (grading.Handle, list, tuple)):
            hint = (f": take yielded one {grading.type_name(values[0])} holding the values, not the values "
                    "themselves. yield hands on one object; to hand on every value of an iterable, one at a time, "
                    "write yield from it (or return it)")
        self.assertEqual(values, [10, 20, 30], f"take(3, [10, 20, 30, 40, 50]) should yield 10, 20, 30, "
                                               f"got {values}{hint}")

    def test_stops_after_n_on_an_endless_source(self):
        result = run_take(self, ENDLESS_SOURCE + """
pulled = []
try:
    stage = submission.take(5, endless(1000, pulled))
    if isinstance(stage, (list, tuple)):
        result = ("list", None, len(pulled))
    else:
        result = ("ok", list(stage), len(pulled))
except PulledTooFar:
    result = ("too far", None, len(pulled))
""")
        kind, values, pulled = result
        if kind == "list":
            self.fail(f"take(5, ...) returned a list (it read {pulled} values the moment it was called): take "
                      "should hand out its values one at a time, when asked, so yield them (or return a lazy "
                      "iterator such as itertools.islice) instead of building a list")
        if kind == "too far":
            self.fail("take pulled far more values than it needed: it must read at most n values from the "
                      "source, one at a time (do not turn the source into a list)")
        self.assertEqual(values, [1, 2, 3, 4, 5], f"take(5, 1, 2, 3, ...) should yield 1 to 5, got {values}")
        if pulled == 6 and zips_items_before_the_range():
            self.fail("take(5, ...) read 6 values from its source, one more than it yielded: zip(items, range(n)) "
                      "pulls from its arguments left to right, so after the 5th pair it takes a 6th item before it "
                      "finds range(n) finished. Put the counter first, zip(range(n), items), or use "
                      "itertools.islice(items, n)")
        if pulled == 6:
            self.fail("take(5, ...) read 6 values from its source, one more than it yielded: after yielding the 5th "
                      "it asked for another before stopping. Check the count right after the yield, so that it "
                      "never asks for a value it will not use")
        self.assertEqual(pulled, 5, f"take(5, ...) should read exactly 5 values from its source, it read {pulled}")

    def test_hands_out_each_value_at_once(self):
        kind, values, pulled = run_take(self, ENDLESS_SOURCE + """
result = outcome(lambda source: submission.take(1000, source), 2000, 1)
""")
        if kind == "list":
            self.fail(f"take(1000, ...) returned a list (it read {pulled} values the moment it was called): yield "
                      "the values one at a time instead")
        if kind == "indexes":
            self.fail(f"{TAKE_INDEXES} ({values})")
        if kind == "too far":
            self.fail("asked for its first value, take(1000, ...) tried to read its whole (endless) source: take "
                      "should hand on each value as soon as it has read it (loop over items with for and yield "
                      "each one, or use itertools.islice)")
        self.assertEqual(values, [1], f"the first value of take(1000, 1, 2, 3, ...) should be 1, got {values}")
        self.assertEqual(pulled, 1, f"asking take(1000, ...) for its first value made it read {pulled} values from "
                                    "its source, expected 1: take should hand on each value as soon as it has read "
                                    "it, not gather all n first (take(10**9, naturals()) would then never give its "
                                    "first value). Loop over items with for and yield each one, or use "
                                    "itertools.islice")

    def test_short_source(self):
        try:
            values = list(take(5, "abc"))
        except RuntimeError as error:
            if "StopIteration" not in str(error):
                raise
            self.fail(f"take(5, 'abc') raised RuntimeError ({error}): calling next() on a finished iterator "
                      "inside a generator is an error; stop quietly when the source runs out (loop with for)")
        self.assertEqual(values, ["a", "b", "c"], f"take(5, 'abc') should yield 'a', 'b', 'c', got {values}")

    def test_take_zero(self):
        values, pulled = run_take(self, ENDLESS_SOURCE + """
pulled = []
try:
    result = (list(submission.take(0, endless(1000, pulled))), len(pulled))
except PulledTooFar:
    result = (None, len(pulled))
""")
        if values is None:
            self.fail("take(0, ...) pulled far more values than it needed: it should read nothing at all")
        self.assertEqual(values, [], f"take(0, ...) should yield nothing, got {values}")
        hint = ""
        if pulled == 1 and zips_items_before_the_range():
            hint = (": zip(items, range(0)) takes an item before it finds range(0) empty (zip pulls left to right); "
                    "put the counter first, zip(range(n), items)")
        self.assertEqual(pulled, 0, f"take(0, ...) should not read its source at all, it read {pulled} value(s){hint}")

    def test_none_and_zero_are_ordinary_values(self):
        items = [1, None, 0, "", 2, 3]
        try:
            values = list(take(5, items))
        except RuntimeError as error:
            if "StopIteration" not in str(error):
                raise
            self.fail(f"take(5, {items!r}) raised RuntimeError ({error}): stop quietly when the source runs out "
                      "(loop with for)")
        hint = ""
        if len(values) < 5 and values == items[:len(values)] and not items[len(values)]:
            hint = (f": take stopped at the {items[len(values)]!r} in the data, but None, 0 and '' are values like "
                    "any other. Stop only when you have n values or the source is exhausted (loop with for)")
        self.assertEqual(values, items[:5], f"take(5, {items!r}) should yield {items[:5]!r}, got {values!r}{hint}")


    def test_each_call_starts_afresh(self):
        first = list(take(2, [1, 2, 3]))
        second = list(take(2, [1, 2, 3]))
        hint = ""
        handles = any(isinstance(value, grading.Handle) for value in first + second)
        if (first != second and not handles) or keeps_state_outside_take():
            hint = (": each call must count its own values from zero. If take keeps its count outside the call (a "
                    "global, a default argument or an attribute), the earlier calls used it up: keep the count in a "
                    "local variable inside take")
        self.assertEqual((first, second), ([1, 2], [1, 2]),
                         f"take(2, [1, 2, 3]) called twice should yield [1, 2] both times, got {first} and then "
                         f"{second}{hint}")


class PipelineTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_whole_pipeline_on_naturals(self):
        # Checked on a guarded source first, so that a stage that is not lazy cannot run until the time limit.
        problem, values = run_take(self, ENDLESS_SOURCE + """
problem = laziness_problem()
if problem:
    result = (problem, None)
else:
    import itertools
    result = (None, list(itertools.islice(submission.take(4, submission.evens(submission.naturals())), 50)))
""")
        if problem == "take returns a list instead of yielding its values one at a time":
            self.fail(f"{problem}: every stage must be lazy, handing out one value per request (a generator with "
                      "yield, or a lazy iterator such as itertools.islice), not a finished list")
        if problem in ("evens indexes", "take indexes"):
            self.fail(EVENS_INDEXES if problem == "evens indexes" else TAKE_INDEXES)
        if problem:
            self.fail(f"{problem}, so take(4, evens(naturals())) would never finish: every stage must yield its "
                      "values one at a time so that it works on an endless source")
        shown = values if len(values) < 50 else f"{values[:8]} and more (it had not stopped after 50 values)"
        self.assertEqual(values, [2, 4, 6, 8], f"take(4, evens(naturals())) should be [2, 4, 6, 8], got {shown}")
