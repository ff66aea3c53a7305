"""The checker against the real sandbox: the `submission` proxy and `grading` API behave as exercises/README.md says."""

import unittest

from grader import checker, checker_server, sandbox
from grader.tests.sandbox_case import SandboxTestCase

SUBMISSION = '''
class Oops(Exception):
    pass

def gen():
    received = yield 1
    try:
        yield received * 2
    except KeyError as error:
        yield f"caught {error.args[0]}"
    return "done"

def finished():
    return (yield from ())

def boom():
    raise Oops("custom")

def lookup(d, key):
    return d[key]

class Box:
    def __init__(self, items):
        self.items = items
    def __eq__(self, other):
        return True
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def total(self):
        return sum(self.items)
'''

PROXY_TESTS = '''
import ast
import unittest

import grading
import submission
from submission import Box, boom, gen, lookup


class ProxyTest(unittest.TestCase):
    def test_generators_are_driven_remotely(self):
        g = gen()
        self.assertEqual(grading.type_name(g), "generator")
        self.assertEqual(next(g), 1)
        self.assertEqual(g.send(21), 42)
        self.assertEqual(g.throw(KeyError("k")), "caught k")
        with self.assertRaises(StopIteration) as stopped:
            next(g)
        self.assertEqual(stopped.exception.value, "done")

    def test_handles_never_compare_equal_or_truthy(self):
        box = Box([1, 2, 3])
        self.assertNotEqual(box, [1, 2, 3])
        self.assertFalse(box == box._preview)
        with self.assertRaises(TypeError):
            bool(box)
        self.assertEqual((len(box), box[1], box.total(), box.items), (3, 2, 6, [1, 2, 3]))

    def test_exceptions_keep_builtin_types(self):
        with self.assertRaises(KeyError) as missing:
            lookup({"a": 1}, "b")
        self.assertEqual(missing.exception.args, ("b",))
        with self.assertRaises(grading.RemoteError) as custom:
            boom()
        self.assertEqual(custom.exception.type_name, "Oops")

    def test_run_sees_submission_and_inputs(self):
        g = gen()
        code = "import inspect\\nresult = (next(g), inspect.isgeneratorfunction(submission.gen))"
        self.assertEqual(grading.run(code, g=g), (1, True))

    def test_source_is_the_learner_text(self):
        names = [node.name for node in ast.parse(grading.source()).body if isinstance(node, ast.FunctionDef)]
        self.assertIn("gen", names)

    def test_run_async_reports_the_virtual_clock(self):
        outcome = grading.run_async("import asyncio\\nawait asyncio.sleep(2)\\nrecord('slept')\\nresult = now()")
        self.assertEqual((outcome.value, outcome.elapsed, outcome.events), (2.0, 2.0, [(2.0, "slept")]))
'''


class CheckerTest(SandboxTestCase):
    def grade(self, tests, code):
        return checker.grade(tests, code, sandbox.Limits(wall_seconds=5), 10, self.launcher)

    def test_the_proxy_behaves_as_documented(self):
        result = self.grade(PROXY_TESTS, SUBMISSION)
        failures = [(test["name"], test.get("message")) for test in result["tests"] if test["status"] != "pass"]
        self.assertEqual(failures, [])
        self.assertEqual((result["status"], result["score"]), ("pass", 10))

    def test_test_names_are_readable_and_in_file_order(self):
        tests = ("import unittest\nclass ZTest(unittest.TestCase):\n    def test_zz_first(self): pass\n"
                 "    def test_a_second(self): pass\nclass ATest(unittest.TestCase):\n    def test_last(self): pass\n")
        result = self.grade(tests, "x = 1\n")
        self.assertEqual([test["name"] for test in result["tests"]],
                         ["ZTest > zz first", "ZTest > a second", "ATest > last"])

    # Regressions from the second security review: learner-controlled input that crashed or misled the checker.
    def test_an_exception_group_at_module_level_is_a_verdict(self):
        result = self.grade("import unittest\nclass T(unittest.TestCase):\n    def test_x(self): pass\n",
                            "raise ExceptionGroup('several', [ValueError('a'), KeyError('b')])\n")
        self.assertEqual(result["status"], "error")
        self.assertIn("ExceptionGroup", result["message"])
        self.assertIn("while your file was loading", result["message"])

    def test_a_set_of_colliding_hashes_is_refused_not_built(self):
        tests = ("import unittest\nfrom submission import values\nclass T(unittest.TestCase):\n"
                 "    def test_values(self):\n        self.assertEqual(values(), {1})\n")
        # Building such a set costs the learner's own run its time; forging the frame costs them nothing.
        code = ("import sys\nwire = sys.modules['grader.runtime.wire']\noriginal = wire.encode\n"
                "def values():\n    return 'marker'\n"
                "def forged(value, reference, depth=0):\n"
                "    if value == 'marker':\n        return ['S'] + [k * (2 ** 61 - 1) for k in range(30000)]\n"
                "    return original(value, reference, depth)\n"
                "wire.encode = forged\n")
        result = self.grade(tests, code)
        self.assertEqual(result["tests"][0]["status"], "error")
        self.assertIn("too costly to check", result["tests"][0]["message"])

    def test_a_frame_of_millions_of_tiny_items_is_refused_before_it_is_parsed(self):
        tests = "import unittest\nclass T(unittest.TestCase):\n    def test_x(self): pass\n"
        # 4 MB of `[],` is 1.4 million lists: parsing it would cost the trusted checker ~100 MB outside every limit.
        code = ("import os, sys\nwire = sys.modules['grader.runtime.wire']\n"
                "body = b'[' + b'[],' * (4 * 1024 * 1024 // 3) + b'[]]'\n"
                "def forged(fd, message):\n"
                "    os.write(fd, len(body).to_bytes(4, 'big'))\n"
                "    view = memoryview(body)\n"
                "    while view:\n        view = view[os.write(fd, view):]\n"
                "wire.write_answer = forged\n")
        result = self.grade(tests, code)
        self.assertNotEqual(result["status"], "pass")
        self.assertIn("too many items to check", result["message"])

    def test_an_honest_value_with_too_many_items_is_a_message_about_it(self):
        tests = ("import unittest\nfrom submission import values\nclass T(unittest.TestCase):\n"
                 "    def test_values(self):\n        self.assertEqual(len(values()), 3)\n")
        result = self.grade(tests, "def values():\n    return [0] * 1_500_000\n")
        self.assertEqual(result["tests"][0]["status"], "error")
        self.assertIn("too many items to check", result["tests"][0]["message"])

    def test_a_class_named_like_an_interpreter_type_does_not_pass_for_one(self):
        tests = ("import unittest, grading\nfrom submission import make, real\nclass T(unittest.TestCase):\n"
                 "    def test_fake(self):\n        self.assertEqual(grading.type_name(make()), 'generator')\n"
                 "    def test_real(self):\n        self.assertEqual(grading.type_name(real()), 'generator')\n")
        code = ("class generator:\n    def __next__(self):\n        return 1\n"
                "def make():\n    return generator()\n"
                "def real():\n    yield 1\n")
        result = self.grade(tests, code)
        self.assertEqual([test["status"] for test in result["tests"]], ["fail", "pass"])
        self.assertIn("generator (a class in your code)", result["tests"][0]["message"])

    def test_an_iterator_that_never_ends_is_a_failure_not_the_time_limit(self):
        tests = ("import unittest\nfrom submission import countdown\nclass T(unittest.TestCase):\n"
                 "    def test_a_all(self):\n        self.assertEqual(list(countdown(3)), [3, 2, 1])\n"
                 "    def test_b_first(self):\n        self.assertEqual(next(countdown(3)), 3)\n")
        code = "def countdown(n):\n    while n > 0:\n        yield n\n"  # forgets n -= 1
        result = self.grade(tests, code)
        self.assertEqual([test["status"] for test in result["tests"]], ["fail", "pass"])
        self.assertIn("kept giving values", result["tests"][0]["message"])

    def test_arithmetic_on_an_object_from_the_learner_is_explained_without_internal_names(self):
        tests = ("import unittest\nfrom submission import average\nclass T(unittest.TestCase):\n"
                 "    def test_x(self):\n        self.assertAlmostEqual(average() - 1.0, 0, msg='off')\n")
        result = self.grade(tests, "def average():\n    yield 1.0\n")
        message = result["tests"][0]["message"]
        self.assertIn("needed a plain value", message)
        self.assertNotIn("'Handle'", message)

    def test_kind_of_cannot_be_forged_by_replacing_inspect(self):
        tests = ("import unittest, grading\nclass T(unittest.TestCase):\n"
                 "    def test_kinds(self):\n"
                 "        kinds = [grading.kind_of(n) for n in ('countdown', 'real', 'coro', 'made', 'missing')]\n"
                 "        self.assertEqual(kinds, ['class', 'generator function', 'coroutine function', "
                 "'generator function', None], msg=repr(kinds))\n")
        code = ("import inspect\ninspect.isgeneratorfunction = lambda f: True\n"
                "class countdown:\n    pass\n"
                "def real():\n    yield 1\n"
                "async def coro():\n    pass\n"
                "def factory():\n    def inner():\n        yield 2\n    return inner\n"
                "made = factory()\n")
        result = self.grade(tests, code)
        self.assertEqual(result["tests"][0]["status"], "pass", result["tests"][0].get("message"))

    def test_an_int_too_large_for_a_float_is_compared_like_any_other(self):
        tests = ("import unittest, grading\nclass T(unittest.TestCase):\n"
                 "    def test_big(self):\n        self.assertEqual(grading.run('result = 10 ** 400'), 10 ** 400, 'no')\n")
        result = self.grade(tests, "x = 1\n")
        self.assertEqual(result["tests"][0]["status"], "pass", result["tests"][0].get("message"))

    def test_a_handle_is_shown_as_the_learners_object_not_the_value_it_claims(self):
        tests = ("import unittest\nfrom submission import three\nclass T(unittest.TestCase):\n"
                 "    def test_three(self):\n        self.assertEqual(three(), 3)\n")
        code = "class Liar:\n    def __repr__(self):\n        return '3'\ndef three():\n    return Liar()\n"
        message = self.grade(tests, code)["tests"][0]["message"]
        self.assertIn("<Liar object from your code: 3>", message)
        self.assertNotIn("3 != 3", message)

    def test_what_the_file_prints_while_loading_is_shown(self):
        tests = "import unittest\nclass T(unittest.TestCase):\n    def test_x(self): pass\n"
        result = self.grade(tests, "print('hello from the top level')\n")
        self.assertIn("hello from the top level", result["tests"][0]["output"])
        failed = self.grade(tests, "print('before the crash')\nraise ValueError('late')\n")
        self.assertIn("before the crash", failed["message"])


class CompiledTestsCacheTest(unittest.TestCase):
    """A reused checker compiles each tests source once, keyed by its content, never by a file on disk."""

    def test_the_same_source_is_compiled_once_and_an_edit_is_compiled_again(self):
        server = checker_server.CheckerServer(launcher=None)
        first = server.tests_code("import unittest\nVERSION = 1\n")
        self.assertIs(server.tests_code("import unittest\nVERSION = 1\n"), first)
        edited = server.tests_code("import unittest\nVERSION = 2\n")
        self.assertIsNot(edited, first)
        namespace = {}
        exec(edited, namespace)
        self.assertEqual(namespace["VERSION"], 2)

    def test_a_source_that_does_not_compile_gives_none(self):
        self.assertIsNone(checker_server.CheckerServer(launcher=None).tests_code("def broken(:\n"))

    def test_the_cache_is_bounded(self):
        server = checker_server.CheckerServer(launcher=None)
        for version in range(checker_server.COMPILED_TESTS_KEPT + 5):
            server.tests_code(f"VERSION = {version}\n")
        self.assertEqual(len(server.compiled_tests), checker_server.COMPILED_TESTS_KEPT)


if __name__ == "__main__":
    unittest.main()
