import unittest

import grading

SLOW = """
import time

async def main():
    await asyncio.sleep(0)
    time.sleep(0.3)                 # step 2: slow
    await asyncio.sleep(1)
    time.sleep(0.15)                # step 3: slow only below 0.15
    await asyncio.sleep(0)
    time.sleep(0.05)                # step 4: quick
    await asyncio.sleep(0)
    time.sleep(0.5)                 # step 5, the last: slow
    finished.append(True)

import logging

class Logged(logging.Handler):
    # The test's own look at what the loop logged, to tell a loop that logged nothing from a handler that kept nothing.
    def emit(self, record):
        logged.append(record.getMessage().startswith("Executing "))

finished = []
logged = []
ours = Logged()
logging.getLogger("asyncio").addHandler(ours)
loop = asyncio.get_running_loop()
loop.slow_callback_duration = 0.7
loop.set_debug(debug_before)
value = await submission.slow_callbacks(main, threshold)
main_done = bool(finished)
debug_after = loop.get_debug()
loop.set_debug(False)
logging.getLogger("asyncio").removeHandler(ours)
result = [list(value) if isinstance(value, list) else type(value).__name__, debug_after,
          loop.slow_callback_duration,
          [type(h).__name__ for h in logging.getLogger("asyncio").handlers],
          [type(h).__name__ for h in logging.getLogger().handlers],
          main_done, logged.count(True)]
"""

NEVER = """
async def save(cart):
    await asyncio.sleep(1)

async def notify(user):
    await asyncio.sleep(0)

async def main():
    await save("awaited cart")
    save("lost cart")
    await asyncio.sleep(0.5)
    pending = notify("ada")
    await asyncio.sleep(0.5)
    pending = None  # the coroutine made two lines up is dropped (and the warning issued) here
    for user in ("bob", "cy"):
        notify(user)  # dropped twice on the same line: two warnings, two pairs

loop = asyncio.get_running_loop()
loop.set_debug(debug_before)
value = await submission.never_awaited(main)
debug_after = loop.get_debug()
loop.set_debug(False)
result = [[list(pair) for pair in value] if isinstance(value, list) else type(value).__name__, debug_after]
"""


def line_of(code, text):
    return next(number for number, line in enumerate(code.splitlines(), 1) if line.strip().startswith(text))


class SlowCallbacksTest(unittest.TestCase):
    longMessage = False

    def slow(self, threshold, debug_before=False):
        return grading.run_async(SLOW, threshold=threshold, debug_before=debug_before).value

    def check(self, threshold, expected, debug_before=False):
        durations, debug, duration, handlers, root_handlers, main_done, logged = self.slow(threshold, debug_before)
        self.assertEqual(root_handlers, [],
                         msg=f"the root logger has the handler(s) {root_handlers}, added by your code (this call or "
                             "an earlier one): logging.basicConfig adds a handler to the root logger, and once there "
                             "is one, later basicConfig calls do nothing. Attach your own handler to "
                             "logging.getLogger('asyncio') and remove it before returning.")
        hint = ""
        if isinstance(durations, list):
            if not main_done:
                hint = (" slow_callbacks returned before main had finished: wait for the task that runs it "
                        "(await task), so that all its steps run while your handler listens.")
            elif durations == [] and expected and logged:
                hint = (f" The loop did log {logged} 'Executing ... took ... seconds' message(s) on the 'asyncio' "
                        "logger, but your code kept none of them. Check that your handler is attached to "
                        "logging.getLogger('asyncio') with a level that lets WARNING records through, and that it "
                        "reads record.getMessage() (record.msg is only the format string 'Executing %s took %.3f "
                        "seconds').")
            elif durations == [] and expected:
                hint = (" Nothing was collected, and the loop logged no slow callback while main ran. Check that "
                        "debug mode is on (loop.set_debug(True)) while main runs, and that you set "
                        f"loop.slow_callback_duration = threshold ({threshold}).")
            elif len(durations) == len(expected) and all(isinstance(d, str) for d in durations):
                hint = " The durations are text: convert each one with float(...) (and round it to 3 places)."
            elif len(durations) == len(expected) and all(
                    isinstance(d, float) and abs(d - e) < 1e-3 for d, e in zip(durations, expected)):
                hint = " Nearly: round each duration to 3 places, round(seconds, 3), as the log message does."
            elif durations == expected[:-1] or durations == expected[1:]:
                hint = (" A step at the start or the end of main was not timed: run main() as a task of its own "
                        "(asyncio.create_task) and await it, so that each of its steps is a callback the loop "
                        "times while debug mode is on.")
            elif len(durations) != len(expected) and all(d >= 0.1 for d in durations):
                hint = f" Set loop.slow_callback_duration = threshold ({threshold})."
            elif durations != expected and sorted(durations) == sorted(expected):
                hint = " The right durations in another order: keep the order they were logged in (do not sort)."
        self.assertEqual(durations, expected, msg=f"slow_callbacks(main, {threshold}) gave {durations!r}, expected "
                                                  f"{expected!r}: the steps of main taking {threshold} s or more."
                                                  f"{hint}")
        if debug_before:
            self.assertTrue(debug, msg="the loop was in debug mode before slow_callbacks, and not after it: put the "
                                       "flag back as it was (save loop.get_debug() first and restore that value), "
                                       "rather than switching debug mode off.")
        self.assertEqual(debug, debug_before,
                         msg="after slow_callbacks the loop was still in debug mode: restore the debug flag it "
                             "had before (loop.set_debug(...)).")
        self.assertAlmostEqual(duration, 0.7, places=9,
                               msg=f"after slow_callbacks, loop.slow_callback_duration was {duration}, expected 0.7, "
                                   "the value it had before: restore it.")
        self.assertEqual(handlers, [], msg=f"the 'asyncio' logger still has the handler(s) {handlers}: remove the "
                                           "handler you added.")

    def test_reports_the_slow_steps(self):
        self.check(0.25, [0.3, 0.5])

    def test_a_lower_threshold(self):
        self.check(0.1, [0.3, 0.15, 0.5])

    def test_a_loop_already_in_debug_mode_stays_in_it(self):
        self.check(0.25, [0.3, 0.5], debug_before=True)


class NeverAwaitedTest(unittest.TestCase):
    longMessage = False

    def test_names_each_coroutine_and_its_line(self):
        value, debug = grading.run_async(NEVER, debug_before=False).value
        twice = line_of(NEVER, "notify(user)")
        expected = [["save", line_of(NEVER, 'save("lost cart")')],
                    ["notify", line_of(NEVER, 'pending = notify("ada")')], ["notify", twice], ["notify", twice]]
        dropped = [["save", line_of(NEVER, 'save("lost cart")')], ["notify", line_of(NEVER, "pending = None")],
                   ["notify", twice], ["notify", twice]]
        names = [pair[0] for pair in expected]
        hint = ""
        if isinstance(value, list) and value != expected and sorted(map(str, value)) == sorted(map(str, expected)):
            hint = " The right pairs in another order: keep the order the warnings came in."
        elif isinstance(value, list) and len(value) < len(expected) and all(pair in expected for pair in value) \
                and all(pair in value for pair in expected):
            hint = (" The same coroutine dropped twice on one line gives two warnings and so two pairs: a set (or a "
                    "dict) keeps only one of them, and an order of its own. Keep a list, one pair per warning.")
        elif isinstance(value, list) and len(value) == len(expected) and \
                [pair[1] for pair in value] == [pair[1] for pair in expected] and \
                all(pair[0] == "main" for pair in value):
            hint = (" 'main' is the function the coroutine was created in (the 'in main' of the traceback), not the "
                    "coroutine: take its name from the message's first line, coroutine 'save' was never awaited.")
        elif isinstance(value, list) and [pair[0] for pair in value] == names and \
                [str(pair[1]) for pair in value] == [str(pair[1]) for pair in expected]:
            hint = " The lines are text: convert each one with int(...)."
        elif value == dropped:
            hint = (" The notify line is where the coroutine was dropped (warning.lineno, where the warning was "
                    "issued), not where it was created: in debug mode the warning's message ends with a traceback "
                    "of where it was created; take the last File ... line N of that text.")
        elif value == []:
            hint = (" Nothing was caught: catch RuntimeWarning with warnings.catch_warnings(record=True) (and "
                    "simplefilter('always')) around await main(), and call gc.collect() before the block ends.")
        elif isinstance(value, list) and all(pair[1] is None for pair in value):
            hint = (" No line was found: debug mode (loop.set_debug(True)) must be on while main runs, so that "
                    "Python records where each coroutine is created.")
        elif isinstance(value, list) and [pair[0] for pair in value] == names:
            hint = (" The names are right but not the lines: the last File ... line N of the warning's traceback "
                    "is where the coroutine was created (the first ones are the calls around it).")
        self.assertEqual(value, expected, msg=f"never_awaited(main) gave {value!r}, expected {expected!r}.{hint}")
        self.assertFalse(debug, msg="after never_awaited the loop was still in debug mode: restore the flag.")

    def test_a_loop_already_in_debug_mode_stays_in_it(self):
        value, debug = grading.run_async(NEVER, debug_before=True).value
        self.assertTrue(debug, msg="the loop was in debug mode before never_awaited, and not after it: put the flag "
                                   "back as it was (save loop.get_debug() first and restore that value), rather than "
                                   "switching debug mode off.")
