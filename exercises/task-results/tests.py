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

def divide(a, b):
    log.append("divide starts")
    yield
    return a / b

def lookup(table, key):
    yield
    yield
    return table[key]

def describe(value):
    if isinstance(value, BaseException):
        return ("exception", type(value).__name__, str(value))
    if isinstance(value, type) and issubclass(value, BaseException):
        return ("exception class", value.__name__)
    return value

def run(tasks):
    results = submission.run_tasks(tasks)
    if not isinstance(results, dict):
        return {"not a dict": repr(results)}, log
    described = {name: describe(value) for name, value in results.items()}
    unknown = [repr(name) for name in results if name not in tasks]
    if unknown:
        return {"unknown keys": (sorted(unknown), [repr(name) for name in tasks])}, log
    return described, log
"""


def run_tasks(test, tasks_code):
    try:
        results, log = grading.run(HARNESS + f"result = run({tasks_code})")
    except (ValueError, ZeroDivisionError, KeyError) as error:
        test.fail(f"a task's {type(error).__name__} ({error}) escaped from run_tasks: catch the exception (any "
                  "Exception, not only one kind), make it that task's result, and keep the other tasks running")
    if "not a dict" in results:
        test.fail(f"run_tasks should return a dict of results, got {results['not a dict']}")
    if "unknown keys" in results:
        got, names = results["unknown keys"]
        test.fail(f"the results should be keyed by the names in the tasks dict ({', '.join(names)}), but they have "
                  f"the keys {', '.join(got)}: walk the dict with for name, task in tasks.items() and store each "
                  "result under its name, results[name] = ...")
    stopped = [name for name, value in results.items()
               if isinstance(value, tuple) and value[:2] == ("exception", "StopIteration")]
    if stopped:
        if broad_handler_first():
            test.fail(f"the result of {stopped[0]!r} is the StopIteration object itself: a StopIteration is how a "
                      "task finishes normally, and it is an Exception too, so an except Exception placed before "
                      "except StopIteration catches it first. Put except StopIteration first and store its .value; "
                      "except Exception after it then gets only real crashes")
        test.fail(f"the result of {stopped[0]!r} is the StopIteration object itself: a StopIteration means the task "
                  "finished normally, and its result is the return value it carries, StopIteration.value")
    return results, log


def broad_handler_first():
    """Whether an except Exception/BaseException/bare except comes before except StopIteration (or there is none)."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Try):
            names = []
            for handler in node.handlers:
                kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
                names.append({getattr(kind, "id", "") if kind is not None else "" for kind in kinds})
            broad = [i for i, found in enumerate(names) if found & {"Exception", "BaseException", ""}]
            stop = [i for i, found in enumerate(names) if "StopIteration" in found]
            if broad and (not stop or broad[0] < stop[0]):
                return True
    return False


def shown(value):
    """A result as the learner would write it: ValueError('no luck'), the class ValueError, 5."""
    if isinstance(value, tuple) and len(value) == 3 and value[0] == "exception":
        if value[1] == "KeyError":  # str(KeyError('k')) is already "'k'"
            return f"KeyError({value[2]})"
        return f"{value[1]}({value[2]!r})"
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "exception class":
        return f"the class {value[1]}"
    return repr(value)


def shown_dict(results):
    return "{" + ", ".join(f"{name!r}: {shown(value)}" for name, value in results.items()) + "}"


class TaskResultsTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_collects_return_values(self):
        results, _ = run_tasks(self, '{"sum": add(2, 3), "word": steps("w", 2, "done"), "zero": steps("z", 3, 0), '
                                     '"empty": steps("e", 1, "")}')
        expected = {"sum": 5, "word": "done", "zero": 0, "empty": ""}
        hint = ""
        if results.get("sum") == 5 and (results.get("zero") is None or results.get("empty") is None):
            hint = (" (0 and '' are return values like any other: store StopIteration.value as it is, without "
                    "testing it for truth or writing value or None)")
        elif results.get("sum") != 5:
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
        elif results.get("oops") == ("exception class", "ValueError"):
            hint = ": that is the exception's class; store the exception object itself (results[name] = error)"
        elif "oops" in results and results["oops"] is None:
            hint = (": a generator that raised is finished, and a next() on it raises StopIteration, whose value None "
                    "overwrote the exception. Do not put a crashed task back in the queue")
        self.assertEqual(results.get("oops"), ("exception", "ValueError", "no luck"),
                         f"the crashed task's result should be its ValueError('no luck'), got "
                         f"{shown(results.get('oops'))}{hint}")
        hint = (": keep the other tasks running" if "sum" not in results else
                " (its return value travels in StopIteration.value)")
        self.assertEqual(results.get("sum"), 2,
                         f"the other task should still finish with 2, got {results.get('sum')!r}{hint}")

    def test_any_exception_becomes_the_result(self):
        results, _ = run_tasks(self, '{"ratio": divide(1, 0), "missing": lookup({}, "k"), "ok": divide(6, 3)}')
        expected = {"ratio": ("exception", "ZeroDivisionError", "division by zero"),
                    "missing": ("exception", "KeyError", "'k'"), "ok": 2.0}
        self.assertEqual(results, expected,
                         f"a task dividing by zero and one looking up a missing key should give their "
                         f"ZeroDivisionError and KeyError, and the third task 2.0: expected {shown_dict(expected)}, "
                         f"got {shown_dict(results)}")

    def test_tasks_take_turns(self):
        _, log = run_tasks(self, '{"a": steps("a", 2, 1), "b": steps("b", 2, 2)}')
        expected = ["a step 0", "b step 0", "a step 1", "b step 1"]
        self.assertEqual(log, expected, f"the tasks should interleave as {expected}, they ran {log}: take turns, "
                                        "one next() per task per turn")

    def test_no_tasks(self):
        results, _ = run_tasks(self, "{}")
        self.assertEqual(results, {}, f"with no tasks the results are empty, got {results}")
