import unittest

import grading
from submission import averager

# Runs in the runner, where results is a real dict that the grouper writes into.
GROUPS = """
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


def send_all(test, avg, numbers):
    for number in numbers:
        try:
            avg.send(number)
        except TypeError as error:
            test.fail(f"sending {number!r} raised TypeError ({error})")


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
    except TypeError as error:
        test.fail(f"sending None raised TypeError ({error}): stop when it is sent None (break out of the loop "
                  "before adding it up)")
    test.fail(f"after send(None) the averager yielded {answer!r} and kept going: when it is sent None it should "
              "stop and return the average (return, not yield)")


def run_groups(test, data):
    try:
        results = grading.run(GROUPS + f"result = run_groups({data!r})")
    except TypeError as error:
        test.fail(f"feeding a group raised TypeError ({error}); the averager should stop when it is sent None")
    if "grouper ended" in results:
        test.fail(f"the grouper for {results['grouper ended']!r} ended when its averager finished, so send(None) "
                  "raised StopIteration: loop forever (while True) so the grouper is ready for the next group")
    return results


class AveragerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_returns_the_average(self):
        average = final_average(self, [10, 20])
        self.assertEqual(average, 15.0, f"10 and 20 then None should return 15.0, got {average!r}: return the "
                                        "average when sent None (it arrives as StopIteration.value)")

    def test_true_average(self):
        average = final_average(self, [1, 2, 4])
        self.assertAlmostEqual(average, 7 / 3, msg=f"1, 2, 4 then None should return {7 / 3}, got {average!r}")

    def test_nothing_sent_returns_none(self):
        average = final_average(self, [])
        self.assertIsNone(average, f"with no numbers the averager should return None, got {average!r}")


class GrouperTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_stores_each_groups_average(self):
        data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
        results = run_groups(self, data)
        expected = {key: sum(values) / len(values) for key, values in data.items()}
        for key, value in expected.items():
            if results.get(key) is None:
                self.fail(f"results[{key!r}] was never set to an average (results: {results}). The averager's return "
                          "value must reach the grouper: use yield from, which forwards every send to the averager "
                          "and hands back its return value (a for loop calls next(), so the sent numbers never "
                          "arrive, and it drops the return value)")
            self.assertAlmostEqual(results[key], value,
                                   msg=f"results[{key!r}] should be {value}, got {results[key]!r}")

    def test_sends_go_straight_through(self):
        received = grading.run("""
results = {}
group = submission.grouper(results, "k")
answers = [next(group)] + [group.send(n) for n in (3, 4)]
result = answers
""")
        self.assertEqual(received, [None, None, None],
                         f"while a group is being fed nothing is yielded (the averager's bare yield passes None "
                         f"through), got {received}: use yield from, and return the average instead of yielding it")

    def test_ready_for_the_next_group(self):
        outcome = grading.run("""
results = {}
group = submission.grouper(results, "k")
next(group)
for batch in ([1, 3], [10, 20, 30]):
    for n in batch:
        group.send(n)
    try:
        group.send(None)
    except StopIteration:
        results = "ended"
        break
    seen = dict(results)
result = (results, seen) if results != "ended" else ("ended", None)
""")
        results, _ = outcome
        if results == "ended":
            self.fail("the grouper ended after its first group: loop forever (while True) so it is ready for the "
                      "next group")
        if results.get("k") is None:
            self.fail(f"results should hold {{'k': 20.0}}, got {results}: use yield from so the averager's return "
                      "value comes back to the grouper")
        self.assertEqual(results, {"k": 20.0},
                         f"after a second group of 10, 20, 30 the same key should hold 20.0, got {results}")
