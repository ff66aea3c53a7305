import ast
import unittest

import grading
from submission import averager

# Runs in the runner, where results is a real dict that the grouper writes into. The averagers the grouper makes
# are counted: a grouper that starts averager after averager without ever yielding (each one finishing at once)
# would otherwise spin until the time limit.
GUARD = """
import sys

class Runaway(Exception):
    pass

def guarded(body):
    original = submission.averager
    made = []
    laps = [0]
    grouper_code = getattr(submission.grouper, "__code__", None)
    def counted():
        made.append(1)
        if len(made) > 50:
            raise Runaway()
        return original()
    def in_grouper(frame, event, arg):
        # Counts the lines the grouper runs: a grouper whose yield from finishes at once without making a new
        # averager (one made once, outside the loop) spins without ever pausing.
        if event == "line":
            laps[0] += 1
            if laps[0] > 20000:
                raise Runaway()
        return in_grouper
    def tracer(frame, event, arg):
        return in_grouper if frame.f_code is grouper_code else None
    submission.averager = counted
    sys.settrace(tracer)
    try:
        return body()
    except Runaway:
        return "runaway" if len(made) > 50 else "spins"
    finally:
        sys.settrace(None)
        submission.averager = original
"""

GROUPS = GUARD + """
def run_groups(data):
    results = {}
    for key, values in data.items():
        group = submission.grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        try:
            group.send(None)
        except StopIteration:
            return {"grouper ended": key}
    return results
"""


def primes_in_grouper():
    """Whether the learner's grouper calls next() itself (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "grouper":
            return any(isinstance(call, ast.Call) and (
                getattr(call.func, "id", None) == "next"
                or getattr(call.func, "attr", None) == "send" and len(call.args) == 1
                and isinstance(call.args[0], ast.Constant) and call.args[0].value is None)
                for call in ast.walk(node))
    return False


def uses_yield_from():
    """Whether the learner's grouper delegates with yield from (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "grouper":
            return any(isinstance(inner, ast.YieldFrom) for inner in ast.walk(node))
    return False


YIELD_FROM_HINT = (": the averager's return value must reach the grouper. Use yield from, which forwards every send "
                   "to the averager and hands back its return value (a for loop calls next(), so the sent numbers "
                   "never arrive, and it drops the return value)")


def run_grouper(test, code):
    """Run grouper code under the guard; explain a TypeError from adding up the None that ends a group."""
    try:
        return refuse_runaway(test, grading.run(code))
    except TypeError as error:
        if "'function' object is not iterable" in str(error):
            test.fail(f"yield from was given the function averager itself ({error}): it needs a generator, so call "
                      "the function: yield from averager()")
        if "NoneType" not in str(error):
            raise
        test.fail(f"feeding a group raised TypeError ({error}): the averager should stop when it is sent None "
                  "(break out of the loop before adding it up)")
    except ZeroDivisionError as error:
        test.fail(f"a group raised ZeroDivisionError ({error}): an averager that received no numbers divided by a "
                  "count of 0; it should return None then")


def refuse_runaway(test, outcome):
    if outcome == "spins":
        test.fail("the grouper went round its loop thousands of times without pausing, and without making a new "
                  "averager: its yield from finished at once every time, because what it delegates to was already "
                  "finished (an averager made once, outside the loop, is used up by the first group). Make a fresh "
                  "one inside the loop: results[key] = yield from averager()")
    if outcome != "runaway":
        return outcome
    if primes_in_grouper():
        test.fail("the grouper started more than 50 averagers without yielding once: each one finished as soon as "
                  "yield from started it. grouper primes the averager (next() or send(None)) before yield from, but "
                  "yield from primes it itself, so the averager's first send is None and it returns at once. Drop that "
                  "priming call and write results[key] = yield from averager()")
    test.fail("the grouper started more than 50 averagers without yielding once: each averager finished as soon as "
              "yield from started it, so the loop never paused. The averager must wait at a yield for numbers")


def send_all(test, avg, numbers):
    for number in numbers:
        try:
            avg.send(number)
        except TypeError as error:
            test.fail(f"sending {number!r} raised TypeError ({error})")
        except StopIteration:
            hint = (": only None means stop; 0 is a number too (test number is None, not the number's truth)"
                    if number is not None and not number else "")
            test.fail(f"the averager finished when it was sent {number!r}{hint}")


def final_average(test, numbers):
    avg = averager()
    test.assertEqual(grading.type_name(avg), "generator",
                     f"averager() should return a generator, got a {grading.type_name(avg)}")
    next(avg)
    send_all(test, avg, numbers)
    try:
        answer = avg.send(None)
    except StopIteration as finished:
        return finished.value
    except ZeroDivisionError as error:
        test.fail(f"sending None after {numbers!r} raised ZeroDivisionError ({error}): with no numbers the averager "
                  "divided by a count of 0; return None when it received none")
    except TypeError as error:
        test.fail(f"sending None raised TypeError ({error}): stop when it is sent None (break out of the loop "
                  "before adding it up)")
    test.fail(f"after send(None) the averager yielded {answer!r} and kept going: when it is sent None it should "
              "stop and return the average (return, not yield)")


def run_groups(test, data):
    results = run_grouper(test, GROUPS + f"result = guarded(lambda: run_groups({data!r}))")
    if "grouper ended" in results:
        test.fail(f"the grouper for {results['grouper ended']!r} ended when its averager finished, so send(None) "
                  "raised StopIteration: loop forever (while True) so the grouper is ready for the next group")
    return results


def rebinds_results():
    """Whether the learner's grouper assigns to the name results (results = ...), read from the source."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "grouper":
            return any(isinstance(inner, ast.Assign)
                       and any(isinstance(t, ast.Name) and t.id == "results" for t in inner.targets)
                       for inner in ast.walk(node))
    return False


class AveragerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_returns_the_average(self):
        average = final_average(self, [10, 20])
        if average == 10.0:
            self.fail("10 and 20 then None should return 15.0, got 10.0, which is 30 divided by 3: the None that "
                      "ends the group was counted as a number. Check for None first, and count only real numbers")
        self.assertEqual(average, 15.0, f"10 and 20 then None should return 15.0, got {average!r}: return the "
                                        "average when sent None (it arrives as StopIteration.value)")
        self.assertIs(type(average), float,
                      f"10 and 20 then None should return the float 15.0, got the {type(average).__name__} "
                      f"{average!r}: the prompt asks for a float. statistics.mean and // keep whole numbers as "
                      "int; divide with / (or use statistics.fmean)")

    def test_true_average(self):
        average = final_average(self, [1, 2, 4])
        self.assertAlmostEqual(average, 7 / 3, msg=f"1, 2, 4 then None should return {7 / 3}, got {average!r}")

    def test_nothing_sent_returns_none(self):
        average = final_average(self, [])
        self.assertIsNone(average, f"with no numbers the averager should return None, got {average!r}")

    def test_zero_is_a_number(self):
        average = final_average(self, [0, 6, 0])
        self.assertAlmostEqual(average, 2.0, msg=f"0, 6, 0 then None should return 2.0, got {average!r}")


class GrouperTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_stores_each_groups_average(self):
        data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25], "boys;kg": [39.0, 40.8, 0.0]}
        results = run_groups(self, data)
        expected = {key: sum(values) / len(values) for key, values in data.items()}
        for key, value in expected.items():
            hint = YIELD_FROM_HINT if not uses_yield_from() else ""
            if not hint and 0.0 in data[key]:
                hint = " (this group contains a 0: only None ends a group, 0 is a number like any other)"
            if key not in results and results and not set(results) & set(expected):
                self.fail(f"results[{key!r}] should be {value}, but results has only the keys {sorted(results)}: "
                          "store each average under the key the grouper was given, results[key], not a key of your "
                          "own")
            if not results and rebinds_results():
                self.fail(f"results[{key!r}] should be {value}, but the dict the grouper was given stayed empty: "
                          "results = ... makes a new dict and only renames it inside the grouper. Store into the "
                          "dict you were given: results[key] = yield from averager()")
            if results.get(key) is None:
                got = "it was never set" if key not in results else "got None"
                self.fail(f"results[{key!r}] should be {value}, {got} (results: {results}){hint}")
            if not isinstance(results[key], (int, float)):
                self.fail(f"results[{key!r}] should be {value}, but it holds {results[key]!r}, not a number: store "
                          "the value that yield from hands back (the averager's return value), "
                          "results[key] = yield from averager(), not the averager itself")
            self.assertAlmostEqual(results[key], value,
                                   msg=f"results[{key!r}] should be {value}, got {results[key]!r}{hint}")

    def test_sends_go_straight_through(self):
        received = run_grouper(self, GUARD + """
def feed():
    results = {}
    group = submission.grouper(results, "k")
    return [next(group)] + [group.send(n) for n in (3, 4)]
result = guarded(feed)
""")
        hint = ""
        if any(value is not None for value in received):
            hint = (": the averager yields its running average; yield nothing (a bare yield) and return the average "
                    "at the end instead")
        self.assertEqual(received, [None, None, None],
                         f"while a group is being fed nothing is yielded (the averager's bare yield passes None "
                         f"through), got {received}{hint}")

    def test_ready_for_the_next_group(self):
        outcome = run_grouper(self, GUARD + """
def batches():
    results = {}
    group = submission.grouper(results, "k")
    next(group)
    for batch in ([1, 3], [10, 20, 30]):
        for n in batch:
            group.send(n)
        try:
            group.send(None)
        except StopIteration:
            return ("ended", None)
    return (results, None)
result = guarded(batches)
""")
        results, _ = outcome
        if results == "ended":
            self.fail("the grouper ended after its first group: loop forever (while True) so it is ready for the "
                      "next group")
        if results and "k" not in results:
            self.fail(f"results should hold {{'k': 20.0}}, but it has only the keys {sorted(results)}: store each "
                      "average under the key the grouper was given, results[key], not a key of your own")
        if results.get("k") is None:
            hint = YIELD_FROM_HINT if not uses_yield_from() else (
                ": the second group's average never arrived (does the averager return it when sent None?)")
            if not results and rebinds_results():
                hint = (": the grouper assigns a new dict to results (results = ...), which only renames it inside "
                        "the grouper; the caller's dict stays empty. Store into the dict you were given: "
                        "results[key] = ...")
            self.fail(f"results should hold {{'k': 20.0}}, got {results}{hint}")
        hint = ""
        if results == {"k": 25.0}:
            hint = (": that is the average of 20 and 30 only, so the second group's 10 was lost. If the grouper "
                    "yields anything after storing a result, the next number sent arrives at that yield; go straight "
                    "back to yield from a new averager")
        self.assertEqual(results, {"k": 20.0},
                         f"after a second group of 10, 20, 30 the same key should hold 20.0, got {results}{hint}")

    def test_an_empty_group_stores_none(self):
        results = run_groups(self, {"nobody": []})
        self.assertEqual(results, {"nobody": None},
                         f"a group sent None straight away should store None (the averager's return value), got "
                         f"{results}")
