import unittest

import grading

# Runs in the runner. Exceptions are turned into (type name, message) so they come back as plain data.
HARNESS = """
log = []

def add(a, b):
    log.append("add starts")
    yield
    log.append("add finishes")
    return a + b

def steps(name, count, result):
    for i in range(count):
        log.append(f"{name} step {i}")
        yield i
    return result

def silent():
    yield

def broken(message):
    log.append("broken starts")
    yield
    raise ValueError(message)

def describe(value):
    if isinstance(value, BaseException):
        return ("exception", type(value).__name__, str(value))
    return value

def run(tasks):
    results = submission.run_tasks(tasks)
    if not isinstance(results, dict):
        return {"not a dict": repr(results)}, log
    return {name: describe(value) for name, value in results.items()}, log
"""


def run_tasks(test, tasks_code):
    try:
        results, log = grading.run(HARNESS + f"result = run({tasks_code})")
    except ValueError as error:
        test.fail(f"a task's ValueError ({error}) escaped from run_tasks: catch the exception, make it that task's "
                  "result, and keep the other tasks running")
    if "not a dict" in results:
        test.fail(f"run_tasks should return a dict of results, got {results['not a dict']}")
    return results, log


class TaskResultsTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_collects_return_values(self):
        results, _ = run_tasks(self, '{"sum": add(2, 3), "word": steps("w", 2, "done"), "zero": steps("z", 3, 0), '
                                     '"empty": steps("e", 1, "")}')
        expected = {"sum": 5, "word": "done", "zero": 0, "empty": ""}
        hint = ""
        if results.get("sum") != 5:
            hint = (" (a return value is not yielded: the return value travels in StopIteration.value, so catch "
                    "StopIteration from next() and read .value)")
        self.assertEqual(results, expected, f"expected {expected}, got {results}{hint}")

    def test_task_without_return_gives_none(self):
        results, _ = run_tasks(self, '{"quiet": silent(), "sum": add(1, 2)}')
        self.assertEqual(results, {"quiet": None, "sum": 3}, f"a task that just ends should give None (and still "
                                                             f"appear in the results), got {results}")

    def test_a_crash_becomes_the_result(self):
        results, _ = run_tasks(self, '{"oops": broken("no luck"), "sum": add(1, 1)}')
        hint = ""
        if results.get("oops") == "no luck":
            hint = ": that is its message; store the exception object itself (results[name] = error)"
        self.assertEqual(results.get("oops"), ("exception", "ValueError", "no luck"),
                         f"the crashed task's result should be its ValueError('no luck'), got "
                         f"{results.get('oops')!r}{hint}")
        hint = (": keep the other tasks running" if "sum" not in results else
                " (its return value travels in StopIteration.value)")
        self.assertEqual(results.get("sum"), 2,
                         f"the other task should still finish with 2, got {results.get('sum')!r}{hint}")

    def test_tasks_take_turns(self):
        _, log = run_tasks(self, '{"a": steps("a", 2, 1), "b": steps("b", 2, 2)}')
        expected = ["a step 0", "b step 0", "a step 1", "b step 1"]
        self.assertEqual(log, expected, f"the tasks should interleave as {expected}, they ran {log}: take turns, "
                                        "one next() per task per turn")

    def test_no_tasks(self):
        results, _ = run_tasks(self, "{}")
        self.assertEqual(results, {}, f"with no tasks the results are empty, got {results}")
