import unittest

import grading

# Build each kind of object in the runner, classify it there, and close it so nothing is left un-awaited.
CLASSIFY = """
import asyncio

def numbers():
    yield 1

async def fetch():
    return 1

async def ticks():
    yield 1

made = {
    "generator object": numbers,
    "coroutine object": fetch,
    "async generator object": ticks,
    "generator expression": lambda: (n for n in range(3)),
}
plain = {
    "generator function": numbers,
    "coroutine function": fetch,
    "async generator function": ticks,
    "list": [1, 2],
    "iterator over a list": iter([1, 2]),
    "None": None,
    "number": 42,
}
if what in made:
    obj = made[what]()
    result = submission.classify(obj)
    if hasattr(obj, "close"):  # an un-awaited coroutine would otherwise warn when collected
        obj.close()
else:
    obj = plain[what]
    result = submission.classify(obj)
"""


class ClassifyTest(unittest.TestCase):
    def assert_classified(self, what, expected, hint=""):
        got = grading.run(CLASSIFY, what=what)
        self.assertEqual(got, expected, msg=f"classify(<{what}>) returned {got!r}, expected {expected!r}. {hint}")

    def test_recognises_a_generator(self):
        hint = ("classify receives the objects that calling the functions returns, not the functions: "
                "use inspect.isgenerator, inspect.iscoroutine and inspect.isasyncgen.")
        self.assert_classified("generator object", "generator", hint)
        self.assert_classified("generator expression", "generator", hint)

    def test_recognises_a_coroutine(self):
        self.assert_classified("coroutine object", "coroutine",
                               "Coroutine objects have send() too (and throw() and close()): that is how event "
                               "loops drive them. Check the type with inspect.iscoroutine, not the methods.")

    def test_recognises_an_async_generator(self):
        self.assert_classified("async generator object", "async generator",
                               "Calling an async def that contains yield returns an async generator object "
                               "(inspect.isasyncgen).")

    def test_functions_are_other(self):
        hint = ("A function is not the object it makes: classify(numbers) is 'other', classify(numbers()) "
                "is 'generator'.")
        for what in ("generator function", "coroutine function", "async generator function"):
            self.assert_classified(what, "other", hint)

    def test_other_values_are_other(self):
        for what in ("list", "iterator over a list", "number", "None"):
            self.assert_classified(what, "other", "Only the three kinds of object get a name of their own.")
