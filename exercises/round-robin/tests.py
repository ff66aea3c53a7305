import unittest

import grading

# Runs in the runner: the tasks are generators there, handed straight to the learner's scheduler.
WORKERS = """
import sys

finished = []

def worker(name, steps):
    for i in range(steps):
        yield f"{name}{i}"
    finished.append(name)

class Spinning(BaseException):
    pass

def run_bounded(tasks):
    # Count the lines the learner's code runs, so that a scheduler that never ends becomes a message.
    own = getattr(submission, "__file__", None)
    lines = 0
    def local(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
            if lines > 300000:
                raise Spinning
        return local
    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename == own else None
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        return submission.run_round_robin(tasks)
    except Spinning:
        return {"spinning": len(finished), "tasks": len(tasks)}
    finally:
        sys.settrace(previous)
"""


def check_not_spinning(test, trace):
    if isinstance(trace, dict) and "spinning" in trace:
        if trace["spinning"] == trace["tasks"]:
            test.fail("run_round_robin never returned: every task had finished (raised StopIteration), yet the "
                      "scheduler kept going. A finished task must not go back in the queue: drop it (continue) and "
                      "put only a task that yielded a label at the back")
        test.fail("run_round_robin never returned: it was still running long after the tasks should have been done. "
                  "Check that the loop ends when no task is left, and that each turn takes a task from the queue")


def check_is_a_list(test, trace):
    check_not_spinning(test, trace)
    if trace is None:
        test.fail("run_round_robin returned None, expected the trace as a list: a function that ends without a "
                  "return statement returns None. End it with return trace")
    if not isinstance(trace, list):
        kind = grading.type_name(trace) if not isinstance(trace, (str, tuple, dict, set, int, float)) else \
            type(trace).__name__
        hint = (": run_round_robin is itself a generator function (it contains yield). Collect the labels in a "
                "list and return it" if kind == "generator" else "")
        test.fail(f"run_round_robin should return the trace as a list, got a {kind}{hint}")
    return trace


def schedule(test, tasks_code):
    """Run the scheduler on the tasks built by tasks_code (a Python expression using worker)."""
    return check_is_a_list(test, grading.run(WORKERS + f"result = run_bounded({tasks_code})"))


def stops_with_one_task_left():
    """Whether the learner's loop compares len(...) with 1 (> 1, != 1) or 2 (>= 2), read from the source."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call)
                and getattr(node.left.func, "id", None) == "len" and len(node.ops) == 1
                and isinstance(node.comparators[0], ast.Constant)):
            op, value = node.ops[0], node.comparators[0].value
            if (isinstance(op, (ast.Gt, ast.NotEq)) and value == 1) or (isinstance(op, ast.GtE) and value == 2):
                return True
    return False


def returns_inside_the_loop():
    """Whether a return with a value sits inside a while/for loop of the learner's code, read from the source."""
    import ast
    for loop in ast.walk(ast.parse(grading.source())):
        if isinstance(loop, (ast.While, ast.For)):
            for inner in ast.walk(loop):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    return True
    return False


def diagnose(trace, expected, grouped):
    """Name the usual scheduling mistakes from the shape of the trace."""
    if None in trace and [label for label in trace if label is not None] == expected:
        return (" (None in the trace stands for a finished task: a finished task should drop out without recording "
                "anything)")
    if trace == grouped:
        return " (each task ran to the end before the next started: take turns one step at a time)"
    if len(trace) > len(expected) and (not expected or trace[-len(expected):] == expected):
        return (" (the labels of earlier calls are still at the front: the trace list outlives the call, as a "
                "default argument such as trace=[] or a global does. Make a new list inside the function, "
                "trace = [], at every call)")
    if len(trace) < len(expected) and trace == expected[:len(trace)] and stops_with_one_task_left():
        return (" (the trace stops early: the loop ends while one task is still left (while len(queue) > 1), so "
                "the last task never finishes its steps. Loop until no task is left: while queue)")
    if len(trace) == 1 and len(expected) > 1 and trace == expected[:1] and returns_inside_the_loop():
        return (" (the trace holds only the first label: check the indentation of return trace; inside the loop it "
                "ends the function after one step, so put it after the loop)")
    if len(trace) < len(expected) and trace == expected[:len(trace)]:
        return " (the trace stops early: drop a finished task and keep running the others)"
    if sorted(trace) == sorted(expected):
        return (" (the right labels in another order. Check that the queue is first in, first out: take the task at "
                "the front, put a task that yielded at the back, after all the others; and that no task is removed "
                "from a list while a loop walks it by position (a for loop, or an index that moves on anyway), which "
                "skips the task after it)")
    return ""


class RoundRobinTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_takes_turns(self):
        trace = schedule(self, '[worker("a", 2), worker("b", 2)]')
        expected = ["a0", "b0", "a1", "b1"]
        self.assertEqual(trace, expected, f"two 2-step tasks should interleave as {expected}, got {trace}"
                         + diagnose(trace, expected, ["a0", "a1", "b0", "b1"]))

    def test_finished_tasks_drop_out(self):
        trace = schedule(self, '[worker("a", 3), worker("b", 1), worker("c", 2)]')
        expected = ["a0", "b0", "c0", "a1", "c1", "a2"]
        self.assertEqual(trace, expected, f"tasks of 3, 1 and 2 steps should give {expected}, got {trace}"
                         + diagnose(trace, expected, ["a0", "a1", "a2", "b0", "c0", "c1"]))

    def test_task_with_no_steps(self):
        trace = schedule(self, '[worker("idle", 0), worker("busy", 3)]')
        if trace == [] and stops_with_one_task_left():
            self.fail(f"a task that finishes at once should just drop out, expected ['busy0', 'busy1', 'busy2'], got "
                      "[]: once idle dropped out only busy was left, and the loop ends while one task is still left "
                      "(while len(queue) > 1). Loop until no task is left: while queue")
        expected = ["busy0", "busy1", "busy2"]
        self.assertEqual(trace, expected, f"a task that finishes at once should just drop out, expected {expected}, "
                                          f"got {trace}" + diagnose(trace, expected, expected))

    def test_empty_labels_count(self):
        trace = grading.run(WORKERS + """
def labelled(labels):
    yield from labels
    finished.append(labels)
result = run_bounded([labelled(["a", "", "c"]), labelled(["", "y"])])
""")
        check_is_a_list(self, trace)
        expected = ["a", "", "", "y", "c"]
        hint = diagnose(trace, expected, ["a", "", "c", "", "y"])
        if "" not in trace and "indentation of return" not in hint and "earlier calls" not in hint:
            hint = (": an empty label is still a label (the task yielded it, it did not finish); only StopIteration "
                    "means a task is done")
        self.assertEqual(trace, expected, f"tasks yielding 'a', '', 'c' and '', 'y' should give {expected}, got "
                                          f"{trace}{hint}")

    def test_no_tasks(self):
        trace = schedule(self, "[]")
        self.assertEqual(trace, [], f"with no tasks the trace is empty, got {trace}" + diagnose(trace, [], []))

    def test_each_task_runs_one_step_per_turn(self):
        # The tasks record when they run, so a scheduler that advances a task several steps per turn shows up.
        order = grading.run(WORKERS + """
log = []
def chatty(name, steps):
    for i in range(steps):
        log.append(f"{name} runs step {i}")
        yield f"{name}{i}"
    finished.append(name)
trace = run_bounded([chatty("x", 2), chatty("y", 2)])
check = trace if isinstance(trace, dict) else None
result = [trace if trace is None or isinstance(trace, list) else type(trace).__name__, log, check]
""")
        trace, order, spinning = order
        check_not_spinning(self, spinning)
        if not isinstance(trace, list):
            check_is_a_list(self, trace if trace is None else grading.run(
                WORKERS + "result = run_bounded([worker('x', 2)])"))
        expected = ["x runs step 0", "y runs step 0", "x runs step 1", "y runs step 1"]
        self.assertEqual(order, expected, f"the tasks should run in the order {expected}, they ran {order}: take turns "
                                          "one step at a time")
