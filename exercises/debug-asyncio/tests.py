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

loop = asyncio.get_running_loop()
loop.slow_callback_duration = 0.7
value = await submission.slow_callbacks(main, threshold)
result = [list(value) if isinstance(value, list) else type(value).__name__, loop.get_debug(),
          loop.slow_callback_duration,
          [type(h).__name__ for h in __import__("logging").getLogger("asyncio").handlers]]
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
    notify("ada")
    await asyncio.sleep(0.5)

loop = asyncio.get_running_loop()
value = await submission.never_awaited(main)
result = [[list(pair) for pair in value] if isinstance(value, list) else type(value).__name__, loop.get_debug()]
"""


def line_of(code, text):
    return next(number for number, line in enumerate(code.splitlines(), 1) if line.strip().startswith(text))


class SlowCallbacksTest(unittest.TestCase):
    longMessage = False

    def slow(self, threshold):
        return grading.run_async(SLOW, threshold=threshold).value

    def check(self, threshold, expected):
        durations, debug, duration, handlers = self.slow(threshold)
        hint = ""
        if isinstance(durations, list):
            if durations == expected[:-1] or durations == expected[1:]:
                hint = (" A step at the start or the end of main was not timed: run main() as a task of its own "
                        "(asyncio.create_task) and await it, so that each of its steps is a callback the loop "
                        "times while debug mode is on.")
            elif len(durations) != len(expected) and all(d >= 0.1 for d in durations):
                hint = f" Set loop.slow_callback_duration = threshold ({threshold})."
        self.assertEqual(durations, expected, msg=f"slow_callbacks(main, {threshold}) gave {durations!r}, expected "
                                                  f"{expected!r}: the steps of main taking {threshold} s or more."
                                                  f"{hint}")
        self.assertFalse(debug, msg="after slow_callbacks the loop was still in debug mode: restore the debug flag it "
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


class NeverAwaitedTest(unittest.TestCase):
    longMessage = False

    def test_names_each_coroutine_and_its_line(self):
        value, debug = grading.run_async(NEVER).value
        expected = [["save", line_of(NEVER, 'save("lost cart")')], ["notify", line_of(NEVER, 'notify("ada")')]]
        hint = ""
        if value == []:
            hint = (" Nothing was caught: catch RuntimeWarning with warnings.catch_warnings(record=True) (and "
                    "simplefilter('always')) around await main(), and call gc.collect() before the block ends.")
        elif isinstance(value, list) and all(pair[1] is None for pair in value):
            hint = (" No line was found: debug mode (loop.set_debug(True)) must be on while main runs, so that "
                    "Python records where each coroutine is created.")
        elif isinstance(value, list) and [pair[0] for pair in value] == ["save", "notify"]:
            hint = (" The names are right but not the lines: the last File ... line N of the warning's traceback "
                    "is where the coroutine was created (the first ones are the calls around it).")
        self.assertEqual(value, expected, msg=f"never_awaited(main) gave {value!r}, expected {expected!r}.{hint}")
        self.assertFalse(debug, msg="after never_awaited the loop was still in debug mode: restore the flag.")
