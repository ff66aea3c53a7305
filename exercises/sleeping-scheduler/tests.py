import unittest

import grading

# Runs in the runner. time.sleep is replaced while the scheduler runs: the clock must be virtual, and a real
# sleep would also make the test slow.
HARNESS = """
import time

class RealSleep(Exception):
    pass

def ticker(delays, heard):
    for delay in delays:
        now = yield delay
        heard.append(now)

def schedule(plan):
    heard = {name: [] for name in plan}
    tasks = {name: ticker(delays, heard[name]) for name, delays in plan.items()}
    real_sleep = time.sleep
    def refuse(seconds):
        raise RealSleep(seconds)
    time.sleep = refuse
    try:
        trace = submission.run_with_sleeps(tasks)
    except RealSleep:
        return {"real_sleep": True}
    finally:
        time.sleep = real_sleep
    if not isinstance(trace, list):
        import inspect
        return {"not_a_list": repr(trace), "generator": inspect.isgenerator(trace)}
    return {"trace": [tuple(entry) for entry in trace], "heard": heard}
"""


def schedule(test, plan):
    """Run the learner's scheduler on ticker tasks built from plan ({name: delays}); explain the usual crashes."""
    try:
        outcome = grading.run(HARNESS + f"result = schedule({plan!r})")
    except TypeError as error:
        message = str(error)
        if "just-started" in message:
            test.fail(f"TypeError: {message}. A just-started generator only accepts None: resume each task the "
                      "first time with next(task), and send it the clock only after that")
        if "not supported between" in message:
            test.fail(f"TypeError: {message}. When two wake-up times tied, the heap compared the next item of the "
                      "tuples, and generators cannot be compared: break ties with a counter, "
                      "(wake_time, next(counter), name)")
        raise
    if outcome.get("real_sleep"):
        test.fail("the scheduler called time.sleep: keep a virtual clock instead, a number that you move forward "
                  "to the next wake-up time (no real time should pass)")
    if "not_a_list" in outcome:
        hint = ""
        if outcome["generator"]:
            hint = (": run_with_sleeps is itself a generator function (it contains yield). Append each (clock, name) "
                    "to a list and return the list")
        elif outcome["not_a_list"] == "None":
            hint = ": a function that ends without a return statement returns None. End it with return trace"
        test.fail(f"run_with_sleeps should return the trace as a list of (time, name), got {outcome['not_a_list']}"
                  + hint)
    return outcome


def ends_the_loop_early():
    """Whether the learner's loop can end before the queue is empty: a break inside a loop, or a loop condition
    that compares len(...) with a number, read from the source with ast."""
    import ast
    for loop in ast.walk(ast.parse(grading.source())):
        if isinstance(loop, ast.While):
            test = loop.test
            if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Call)
                    and getattr(test.left.func, "id", None) == "len"
                    and any(isinstance(side, ast.Constant) and side.value != 0 for side in test.comparators)):
                return True
        if isinstance(loop, (ast.While, ast.For)):
            if any(isinstance(inner, ast.Break) for inner in ast.walk(loop)):
                return True
    return False


def explain_order(trace, expected):
    """Name what is wrong with a trace: missing resumes, the earliest-first order, ties, or the clock."""
    last = {}
    for index, (_, name) in enumerate(expected):
        last[name] = index
    if trace == [entry for index, entry in enumerate(expected) if index not in last.values()]:
        return (" (the resume in which each task finished is missing: append (clock, name) before you resume the "
                "task, so the last entry for each task is the resume that raised StopIteration)")
    if trace and all(isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str)
                     and isinstance(entry[1], (int, float)) for entry in trace):
        return (" (each entry is (name, time): append (clock, name), the time first, then the name)")
    if len(trace) < len(expected) and trace == expected[:len(trace)] and ends_the_loop_early():
        return (f" (the trace stops after {len(trace)} of {len(expected)} resumes although tasks were still due: "
                "the loop ended too soon. Loop until no task is left (while the queue is not empty); when one task "
                "finishes, just leave it out (continue) and go on with the others)")
    if len(trace) < len(expected) and all(trace.count(entry) <= expected.count(entry) for entry in trace):
        return (" (some resumes are missing: a task that yields a delay, even 0, is not finished; only "
                "StopIteration ends it)")
    if len(trace) > len(expected):
        return (f" (there are {len(trace)} resumes where {len(expected)} were expected: some task was resumed more "
                "often than it asked for. Put each task in the queue once at the start, and put it back only when it "
                "yields a delay; check that nothing also starts the tasks outside the queue)")
    times = [at for at, _ in trace]
    if times != sorted(times):
        return (" (the clock went backwards: always resume the task with the earliest wake-up time, not the next "
                "one in line)")
    if sorted(trace, key=repr) != sorted(expected, key=repr):
        # Not the same resumes in another order: the wake-up times themselves are off.
        return (" (the times are wrong, not just the order: a task that yields d while the clock reads t is due "
                "at t + d, its own wake-up time, so store clock + d with that task and set the clock to the "
                "wake-up time of the task you resume; do not add every delay to one shared clock, and do not "
                "use the delay itself as the wake-up time)")
    if [name for _, name in trace] != [name for _, name in expected]:
        return (" (the times are in order but tasks due at the same time ran in the wrong order: they go first "
                "come, first served, in the order they went to sleep)")
    return " (the order is right but the times are not: set the clock to the wake-up time of the task you resume)"


class SleepingSchedulerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_one_task_sleeps_on_the_virtual_clock(self):
        outcome = schedule(self, {"solo": [1, 2, 0.5]})
        expected = [(0, "solo"), (1, "solo"), (3, "solo"), (3.5, "solo")]
        self.assertEqual(outcome["trace"], expected,
                         f"a task sleeping 1, 2 and 0.5 should run at 0, 1, 3 and 3.5, got {outcome['trace']}"
                         + explain_order(outcome["trace"], expected))

    def test_earliest_wake_up_runs_first(self):
        outcome = schedule(self, {"slow": [2, 2], "fast": [1, 1, 1]})
        expected = [(0, "slow"), (0, "fast"), (1, "fast"), (2, "slow"), (2, "fast"), (3, "fast"), (4, "slow")]
        self.assertEqual(outcome["trace"], expected,
                         f"expected {expected}, got {outcome['trace']}" + explain_order(outcome["trace"], expected))

    def test_ties_are_first_come_first_served(self):
        # zed went to sleep before amy: alphabetical order would be wrong.
        outcome = schedule(self, {"zed": [2], "amy": [1, 1]})
        expected = [(0, "zed"), (0, "amy"), (1, "amy"), (2, "zed"), (2, "amy")]
        self.assertEqual(outcome["trace"], expected,
                         f"at time 2, zed (asleep since 0) should run before amy (asleep since 1): expected "
                         f"{expected}, got {outcome['trace']}" + explain_order(outcome["trace"], expected))

    def test_ties_follow_sleep_order_not_dict_order(self):
        # amy comes first in the dict, but at time 2 zed has been asleep longer (since 0; amy since 1).
        outcome = schedule(self, {"amy": [1, 1], "zed": [2]})
        expected = [(0, "amy"), (0, "zed"), (1, "amy"), (2, "zed"), (2, "amy")]
        hint = explain_order(outcome["trace"], expected)
        if outcome["trace"] == [(0, "amy"), (0, "zed"), (1, "amy"), (2, "amy"), (2, "zed")]:
            hint = (" (at time 2 amy ran first, as in the dict's order or the names' order; but zed went to sleep "
                    "first, at time 0, and amy at time 1: break ties with a counter that counts each time a task "
                    "goes to sleep, (wake_time, next(counter), name))")
        self.assertEqual(outcome["trace"], expected,
                         f"at time 2, zed (asleep since 0) should run before amy (asleep since 1): expected "
                         f"{expected}, got {outcome['trace']}{hint}")

    def test_zero_delay_lets_others_run(self):
        outcome = schedule(self, {"a": [0, 0], "b": [0]})
        expected = [(0, "a"), (0, "b"), (0, "a"), (0, "b"), (0, "a")]
        self.assertEqual(outcome["trace"], expected,
                         f"sleeping 0 should go behind the tasks already due: expected {expected}, got "
                         f"{outcome['trace']}" + explain_order(outcome["trace"], expected))

    def test_tasks_are_sent_the_time(self):
        outcome = schedule(self, {"slow": [2, 2], "fast": [1, 1, 1]})
        expected = {"slow": [2, 4], "fast": [1, 2, 3]}
        self.assertEqual(outcome["heard"], expected,
                         f"each task should receive the clock when it wakes up (task.send(clock)): expected "
                         f"{expected}, the tasks received {outcome['heard']}")

    def test_no_tasks(self):
        outcome = schedule(self, {})
        self.assertEqual(outcome["trace"], [], f"with no tasks the trace is empty, got {outcome['trace']}")
