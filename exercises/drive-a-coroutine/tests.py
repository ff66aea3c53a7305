import unittest

import grading

JOBS = """
import types

@types.coroutine
def pause(message):
    yield message

async def job():
    await pause("loading")
    await pause("saving")
    return 42

async def quick():
    return "done"

async def nested():
    first = await child("a")
    second = await child("b")
    return first + second

async def child(name):
    await pause("child " + name)
    return name.upper()

async def broken():
    await pause("about to fail")
    raise ValueError("disk full")

coro = {"job": job, "quick": quick, "nested": nested, "broken": broken}[which]()
try:
    value, messages = submission.drive(coro)
    result = {"value": value, "messages": list(messages)}
except ValueError as error:
    result = {"error": str(error)}
except TypeError as error:
    result = {"type_error": str(error)}
finally:
    coro.close()
"""


class DriveTest(unittest.TestCase):
    def drive(self, which):
        got = grading.run(JOBS, which=which)
        if "type_error" in got:
            self.fail(f"drive raised TypeError({got['type_error']!r}). Coroutine objects have no __next__, so "
                      "next(coro) and for-loops do not work on them; call coro.send(None) instead.")
        return got

    def test_returns_the_value_and_the_messages(self):
        got = self.drive("job")
        self.assertEqual(got.get("messages"), ["loading", "saving"],
                         msg=f"expected the messages ['loading', 'saving'], got {got!r}.")
        self.assertEqual(got.get("value"), 42,
                         msg=f"expected the return value 42, got {got.get('value')!r}: when the coroutine "
                             "returns, send raises StopIteration and the value is StopIteration's .value.")

    def test_coroutine_that_never_suspends(self):
        got = self.drive("quick")
        self.assertEqual(got, {"value": "done", "messages": []},
                         msg=f"a coroutine that returns at once should give ('done', []), got {got!r}.")

    def test_awaits_inside_awaits_reach_the_driver(self):
        got = self.drive("nested")
        self.assertEqual(got, {"value": "AB", "messages": ["child a", "child b"]},
                         msg=f"expected ('AB', ['child a', 'child b']): await passes a suspension straight "
                             f"through to whoever calls send, like yield from. Got {got!r}.")

    def test_exceptions_propagate(self):
        got = self.drive("broken")
        self.assertEqual(got, {"error": "disk full"},
                         msg=f"the coroutine raised ValueError('disk full'); drive should let it propagate, "
                             f"got {got!r}.")
