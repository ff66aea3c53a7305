"""grading.defined_as: structural facts read from the learner's source in the checker, which their code cannot forge."""

import unittest
from types import SimpleNamespace

from grader import grading


def kind(source, name):
    previous = grading._channel
    grading._channel = SimpleNamespace(source=source)
    try:
        return grading.defined_as(name)
    finally:
        grading._channel = previous


class DefinedAsTest(unittest.TestCase):
    def test_each_kind_of_definition(self):
        source = ("def gen():\n    yield 1\n"
                  "def plain():\n    return [1]\n"
                  "async def coro():\n    await x\n"
                  "async def agen():\n    yield 1\n"
                  "class Countdown:\n    pass\n"
                  "def delegates():\n    return (yield from gen())\n")
        self.assertEqual([kind(source, name) for name in ("gen", "plain", "coro", "agen", "Countdown", "delegates")],
                         ["generator function", "function", "coroutine function", "async generator function",
                          "class", "generator function"])

    def test_a_yield_in_a_nested_scope_does_not_make_the_outer_function_a_generator(self):
        source = ("def outer():\n    def inner():\n        yield 1\n    f = lambda: (yield)\n"
                  "    class C:\n        def m(self):\n            yield 2\n    return inner()\n")
        self.assertEqual(kind(source, "outer"), "function")

    def test_the_last_binding_counts_and_aliases_are_followed(self):
        source = ("def countdown(n):\n    yield n\n"
                  "class Fake:\n    pass\n"
                  "countdown = Fake\n")
        self.assertEqual(kind(source, "countdown"), "class")
        self.assertEqual(kind("def real():\n    yield 1\ncountdown = real\n", "countdown"), "generator function")
        self.assertEqual(kind("a = b\nb = a\n", "a"), None)

    def test_bindings_the_source_cannot_tell_are_unknown(self):
        self.assertIsNone(kind("countdown = make()\n", "countdown"))
        self.assertIsNone(kind("from itertools import count as countdown\n", "countdown"))
        self.assertIsNone(kind("x = 1\n", "countdown"))
        self.assertIsNone(kind("def broken(:\n", "broken"))

    def test_definitions_inside_top_level_blocks_count(self):
        source = "try:\n    import foo\nexcept ImportError:\n    def countdown(n):\n        yield n\n"
        self.assertEqual(kind(source, "countdown"), "generator function")
        self.assertEqual(kind("countdown = lambda n: iter(range(n, 0, -1))\n", "countdown"), "function")
        self.assertEqual(kind("countdown = lambda n: (yield from range(n, 0, -1))\n", "countdown"),
                         "generator function")


if __name__ == "__main__":
    unittest.main()
