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

class Sleepy:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()

class Countdown:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class Echo:  # an iterator with send(), but no generator
    def __init__(self):
        self.last = None
    def __iter__(self):
        return self
    def __next__(self):
        return self.last
    def send(self, value):
        self.last = value
        return value

class Ticker:  # an async iterator, but no async generator
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

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
    "iterator class instance": Countdown(),
    "iterator class instance with send()": Echo(),
    "async iterator class instance": Ticker(),
    "awaitable that is not a coroutine": Sleepy(),
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

NAMES = ("generator", "coroutine", "async generator", "other")


FUNCTION_OF = {"generator object": "generator function", "generator expression": "generator function",
               "coroutine object": "coroutine function", "async generator object": "async generator function"}


def unreachable_line():
    """The first line of classify after an if/else whose every branch returns, or None."""
    import ast

    def always_returns(body):
        if not body:
            return False
        last = body[-1]
        if isinstance(last, (ast.Return, ast.Raise)):
            return True
        if isinstance(last, ast.If):
            return always_returns(last.body) and always_returns(last.orelse)
        return False

    try:
        tree = ast.parse(grading.source())
    except SyntaxError:
        return None
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name == "classify":
            for index, statement in enumerate(fn.body[:-1]):
                if isinstance(statement, ast.If) and always_returns([statement]):
                    return fn.body[index + 1].lineno
    return None


def hint_for(what, got):
    """A hint that fits the answer given, or nothing."""
    if got is not None and got not in NAMES:
        close = {"async_generator": "async generator", "asyncgen": "async generator", "async gen": "async generator"}
        if isinstance(got, str) and got.strip().lower() in NAMES:
            close[got] = got.strip().lower()
            return (f"classify must return one of {', '.join(map(repr, NAMES))}, exactly as written (all lower "
                    f"case, no spaces around): {close[got]!r}.")
        return (f"classify must return one of {', '.join(map(repr, NAMES))}"
                + (f" (with a space: {close[got]!r})" if got in close else "") + ".")
    if got is None:
        return ("A function that reaches its end without return gives None: end classify with return 'other' "
                "for everything else.")
    if what.endswith("function"):
        return ("A function is not the object it makes: classify(numbers) is 'other', classify(numbers()) is "
                "'generator'.")
    if what in ("generator object", "generator expression") and got == "coroutine":
        return ("A generator object is a generator, not a coroutine: inspect.iscoroutine tells them apart "
                "(asyncio.iscoroutine still says True for generators, a leftover of generator-based coroutines).")
    if what == "coroutine object" and got == "generator":
        return ("Coroutine objects have send() too (and throw() and close()): that is how event loops drive them. "
                "Check the type with inspect.iscoroutine, not the methods.")
    unreachable = unreachable_line()
    if what in FUNCTION_OF and got == "other" and unreachable:
        return (f"Line {unreachable} of classify is never reached: every branch of the if/else above it returns, "
                "so the checks after it never run. Put every check before the final return 'other'.")
    if what in FUNCTION_OF and got == "other":
        if grading.run(CLASSIFY, what=FUNCTION_OF[what]) != "other":
            return ("classify receives the objects that calling the functions returns, not the functions: use "
                    "inspect.isgenerator, inspect.iscoroutine and inspect.isasyncgen.")
        return "Check its type: inspect.isgenerator, inspect.iscoroutine and inspect.isasyncgen tell them apart."
    if what.startswith("iterator") and got == "generator":
        methods = "__next__ and send()" if "send" in what else "__next__"
        return (f"It has {methods} like a generator, but only generator objects are generators: check the type "
                "(inspect.isgenerator), not the methods.")
    if what == "async iterator class instance" and got == "async generator":
        return ("It has __anext__ like an async generator, but only async generator objects are async generators: "
                "check the type (inspect.isasyncgen), not the methods.")
    if what == "async generator object" and got == "generator":
        return ("An async generator object is not a generator: inspect.isgenerator says False for it and "
                "inspect.isasyncgen says True. (A test for 'generator' in its name or repr matches both.)")
    if what == "awaitable that is not a coroutine" and got == "coroutine":
        return ("It can be awaited, but it is not a coroutine object: not every awaitable is a coroutine "
                "(inspect.iscoroutine, not inspect.isawaitable or __await__).")
    return ""


class ClassifyTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def assert_classified(self, what, expected):
        got = grading.run(CLASSIFY, what=what)
        self.assertEqual(got, expected, f"classify(<{what}>) returned {got!r}, expected {expected!r}. "
                                        f"{hint_for(what, got)}".rstrip())

    def test_recognises_a_generator(self):
        self.assert_classified("generator object", "generator")
        self.assert_classified("generator expression", "generator")

    def test_recognises_a_coroutine(self):
        self.assert_classified("coroutine object", "coroutine")

    def test_recognises_an_async_generator(self):
        self.assert_classified("async generator object", "async generator")

    def test_functions_are_other(self):
        for what in ("generator function", "coroutine function", "async generator function"):
            self.assert_classified(what, "other")

    def test_other_values_are_other(self):
        for what in ("list", "iterator over a list", "iterator class instance", "iterator class instance with send()",
                     "async iterator class instance", "number", "None"):
            self.assert_classified(what, "other")

    def test_other_awaitables_are_other(self):
        self.assert_classified("awaitable that is not a coroutine", "other")
