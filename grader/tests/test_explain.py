"""Feedback in plain words: classic errors explained, unittest's boilerplate never shown, dropped coroutines named."""

import sys
import unittest

from grader import checker, explain, sandbox
from grader.tests.sandbox_case import SandboxTestCase

BOILERPLATE = ("!= ", "within 7 places", "within 6 places", "Lists differ", "First differing element", " : ",
               "is not true", "not found in")


def explained(kind, message, *code_lines):
    trace = [[index + 1, "main", line] for index, line in enumerate(code_lines)]
    lines = [f"  line {number}, in main: {text}" for number, _, text in trace]
    return explain.learner_error(kind, message, trace, lines)


class ClassicErrorsTest(unittest.TestCase):
    def assert_explained(self, text, *phrases):
        for phrase in phrases:
            self.assertIn(phrase, text)

    def test_the_explanation_comes_first_then_python_then_the_learner_line(self):
        text = explained("TypeError", "unhashable type: 'list'",
                         "return await asyncio.gather([fetch(u) for u in urls])")
        lines = text.splitlines()
        self.assertIn("asyncio.gather(*coroutines)", lines[0])
        self.assertEqual(lines[1], "Your code raised TypeError: unhashable type: 'list'")
        self.assertEqual(lines[2], "  line 1, in main: return await asyncio.gather([fetch(u) for u in urls])")

    def test_calling_the_function_handed_to_a_thread_is_named(self):
        self.assert_explained(explained("TypeError", "'NoneType' object is not callable",
                                        "await asyncio.to_thread(time.sleep(seconds))"),
                              "the function was called first", "a NoneType", "asyncio.to_thread(function, argument)")
        self.assertTrue(explained("TypeError", "'str' object is not callable", "name()").startswith("Your code raised"))

    def test_asyncio_wait_of_nothing_is_explained(self):
        text = explained("ValueError", "Set of Tasks/Futures is empty.", "done, pending = await asyncio.wait(tasks)")
        self.assert_explained(text.splitlines()[0], "asyncio.wait() was given nothing to wait for", "empty case")

    def test_a_finished_coroutine_sent_to_again_is_not_called_awaited_twice(self):
        sent = explained("RuntimeError", "cannot reuse already awaited coroutine", "messages.append(coro.send(None))")
        self.assert_explained(sent, "already finished", "StopIteration")
        self.assertNotIn("awaited", sent.splitlines()[0])
        awaited = explained("RuntimeError", "cannot reuse already awaited coroutine", "await job")
        self.assert_explained(awaited, "runs only once", "asyncio.create_task")

    def test_a_coroutine_yielding_plain_values_to_asyncio_is_not_blamed_on_an_awaitable_of_the_learners(self):
        text = explained("RuntimeError", "Task got bad yield: 'hello'", "return asyncio.run(coro), []")
        self.assert_explained(text, "yielded 'hello' to the event loop", "drive such a coroutine by hand")

    def test_an_asyncio_object_kept_between_loops_is_named(self):
        text = explained("RuntimeError", "<asyncio.locks.Semaphore object at 0x7f [locked]> is bound to a different "
                         "event loop", "async with slots:")
        self.assert_explained(text, "every asyncio.run starts a new loop", "Create it inside the async function")

    def test_asyncio_api_misuses_are_named(self):
        self.assert_explained(explained("TypeError", "Passing coroutines is forbidden, use tasks explicitly.",
                                        "done, _ = await asyncio.wait([work(1), work(2)])"), "asyncio.create_task")
        self.assert_explained(explained("TypeError", "'async_generator' object does not support the asynchronous "
                                        "context manager protocol", "async with transaction(conn):"),
                              "@contextlib.asynccontextmanager")
        self.assert_explained(explained("TypeError", "'_GeneratorContextManager' object does not support the "
                                        "asynchronous context manager protocol", "async with transaction(conn):"),
                              "@contextlib.contextmanager makes a context manager for a plain with")
        self.assert_explained(explained("InvalidStateError", "Result is not set.", "pages.append(task.result())"),
                              "before it finished", "await task")

    def test_a_future_handed_back_unawaited_is_not_called_driving_by_hand(self):
        text = explained("RuntimeError", "await wasn't used with future")
        self.assert_explained(text, "handed back an asyncio Future", "await it inside your async def")
        self.assertNotIn("driven by hand", text)

    def test_a_hint_only_when_the_symptom_proves_the_cause(self):
        # The same TypeError from a list used as a dict key is not about gather, even when gather ran it.
        text = explained("TypeError", "unhashable type: 'list'", "await asyncio.gather(*(fetch(u) for u in urls))",
                         "seen[key] = True")
        self.assertNotIn("asyncio.gather was given a list", text)
        self.assertTrue(text.startswith("Your code raised TypeError"))
        # An error this module knows nothing about is passed on in Python's words alone.
        self.assertEqual(explained("ValueError", "negative numbers are not allowed", "raise ValueError(...)"),
                         "Your code raised ValueError: negative numbers are not allowed\n"
                         "  line 1, in main: raise ValueError(...)")

    def test_asyncio_errors(self):
        self.assert_explained(explained("RuntimeError", "await wasn't used with future", "coro.send(None)"),
                              "driven by hand")
        self.assert_explained(explained("RuntimeError", "Task got bad yield: 2", "yield self.value"),
                              "yielded 2 to the asyncio event loop", "return it")
        self.assert_explained(explained("RuntimeError", "cannot reuse already awaited coroutine", "await job"),
                              "awaited twice", "asyncio.create_task")
        self.assert_explained(
            explained("RuntimeError", "asyncio.run() cannot be called from a running event loop", "asyncio.run(x())"),
            "already runs inside one", "just await")
        self.assert_explained(
            explained("RuntimeError", "This event loop is already running", "loop.run_until_complete(f)"), "Just await")
        self.assert_explained(explained("RuntimeError", "no running event loop", "asyncio.create_task(x())"),
                              "inside an async def")
        self.assert_explained(explained("ValueError", "a coroutine was expected, got <function main at 0x1>"),
                              "asyncio.run(main())")

    def test_awaiting_things_that_are_not_awaitable(self):
        self.assert_explained(explained("TypeError", "object NoneType can't be used in 'await' expression",
                                        "await time.sleep(1)"), "await asyncio.sleep(...)")
        self.assert_explained(explained("TypeError", "object function can't be used in 'await' expression",
                                        "await fetch"), "add the parentheses")
        self.assert_explained(explained("TypeError", "object list can't be used in 'await' expression",
                                        "await pending"), "asyncio.gather(*items)")
        self.assert_explained(explained("TypeError", "object async_generator can't be used in 'await' expression",
                                        "await ticks()"), "async for")
        # Awaited by the check, not in the learner's code: the learner's function is the one to change.
        self.assert_explained(explained("TypeError", "object async_generator can't be used in 'await' expression"),
                              "hand back the answer with return")
        self.assert_explained(explained("TypeError", "object generator can't be used in 'await' expression"),
                              "define it with async def")
        self.assert_explained(explained("TypeError", "__await__() returned a coroutine"), "plain def")
        self.assert_explained(explained("TypeError", "__await__() returned non-iterator of type 'int'"),
                              "must return an iterator")

    def test_generator_errors(self):
        self.assert_explained(explained("RuntimeError", "generator raised StopIteration", "yield next(items)"),
                              "PEP 479", "loop with for")
        self.assert_explained(explained("TypeError", "can't send non-None value to a just-started generator",
                                        "g.send(1)"), "Prime it first with next(g)")
        self.assert_explained(explained("TypeError", "'list' object is not an iterator", "next(values)"),
                              "iter(...)")
        self.assert_explained(explained("TypeError", "'coroutine' object is not an iterator", "next(coro)"),
                              "coro.send(None)", "await it")
        self.assert_explained(explained("TypeError", "'async_generator' object is not iterable", "for t in ticks:"),
                              "async for")
        self.assert_explained(explained("RuntimeError", "generator ignored GeneratorExit", "yield 'bye'"),
                              "never yield there")
        self.assert_explained(explained("TypeError", "'coroutine' object is not subscriptable", "user['name']"),
                              "put await in front of the call")
        self.assert_explained(explained("AttributeError", "module 'asyncio' has no attribute 'coroutine'"),
                              "removed in Python 3.11")

    def test_a_stop_iteration_says_where_it_came_from(self):
        self.assert_explained(explained("StopIteration", "42", "message = coro.send(None)"),
                              "escaped from your code", "(it returned 42)", ".value")
        self.assert_explained(explained("StopIteration", ""), "Your generator finished", "earlier than expected")

    def test_syntax_hints(self):
        self.assertIn("async def", explain.syntax_hint("'await' outside async function"))
        self.assertIsNone(explain.syntax_hint("expected ':'"))


class UnittestBoilerplateTest(unittest.TestCase):
    def failure_message(self, check):
        class Probe(unittest.TestCase):
            longMessage = True

            def test(self):
                check(self)

        module = type(sys)("probe")
        module.Probe = Probe
        explain.quiet_unittest(module)
        result = unittest.TestResult()
        Probe("test").run(result)
        self.assertEqual(len(result.failures), 1)
        return str(result.failures[0][1]).strip().splitlines()[-1].split("AssertionError: ", 1)[-1]

    def test_the_authors_message_alone(self):
        message = self.failure_message(lambda test: test.assertAlmostEqual(4.0, 3.0, msg="took 4 s, expected 3"))
        self.assertEqual(message, "took 4 s, expected 3")
        message = self.failure_message(lambda test: test.assertEqual([1, 2], [1, 3], "expected [1, 3]"))
        self.assertEqual(message, "expected [1, 3]")

    def test_standard_messages_in_plain_words(self):
        checks = {
            "The check expected about 3.0, got 4.0.": lambda test: test.assertAlmostEqual(4.0, 3.0),
            "The check expected [1, 3], got [1, 2].": lambda test: test.assertEqual([1, 2], [1, 3]),
            "The check expected 9, got 10.": lambda test: test.assertEqual(10, 9),
            "The check expected a true value, got False.": lambda test: test.assertTrue(False),
            "The check expected a StopIteration, but none was raised.":
                lambda test: test.assertRaises(StopIteration, lambda: None),
        }
        for expected, check in checks.items():
            message = self.failure_message(check)
            self.assertEqual(message, expected)
            self.assertFalse([phrase for phrase in BOILERPLATE if phrase in message], message)


SLEEPY_TESTS = '''
import unittest

import grading


class BrewTest(unittest.TestCase):
    def test_takes_the_time(self):
        outcome = grading.run_async("result = await submission.brew(2)")
        self.assertEqual(outcome.elapsed, 2.0, f"took {outcome.elapsed:g} s, expected 2")

    def test_returns_a_value(self):
        outcome = grading.run_async("result = await submission.brew(2)")
        self.assertEqual(outcome.value, "ready", "brew should say 'ready'")
'''


class CheckerFeedbackTest(SandboxTestCase):
    """Through the real checker and sandbox."""

    def grade(self, tests, code):
        return checker.grade(tests, code, sandbox.Limits(wall_seconds=5), 10, self.launcher)

    def test_a_dropped_coroutine_leads_the_message_and_fails_every_test_it_spoiled(self):
        code = "import asyncio\n\nasync def brew(seconds):\n    asyncio.sleep(seconds)\n    return 'ready'\n"
        result = self.grade(SLEEPY_TESTS, code)
        self.assertEqual([test["status"] for test in result["tests"]], ["fail", "fail"])
        for test in result["tests"]:
            self.assertTrue(test["message"].startswith("Python warned: coroutine 'sleep' was never awaited."),
                            test["message"])
        self.assertIn("took 0 s, expected 2", result["tests"][0]["message"])

    def test_the_virtual_clock_accepts_the_idiomatic_fix_for_a_blocking_call(self):
        code = ("import asyncio, time\n\nasync def brew(seconds):\n    await asyncio.to_thread(time.sleep, seconds)\n"
                "    return 'ready'\n")
        result = self.grade(SLEEPY_TESTS, code)
        self.assertEqual((result["status"], result["score"]), ("pass", 10), result["tests"])

    def test_a_classic_error_is_explained_with_the_learners_line(self):
        tests = ("import unittest\nimport grading\n\nclass GatherTest(unittest.TestCase):\n"
                 "    def test_gathers(self):\n"
                 "        grading.run_async('result = await submission.fetch_all()')\n")
        code = ("import asyncio\n\nasync def one():\n    return 1\n\nasync def fetch_all():\n"
                "    return await asyncio.gather([one(), one()])\n")
        result = self.grade(tests, code)
        message = result["tests"][0]["message"]
        self.assertTrue(message.startswith("asyncio.gather was given a list."), message)
        self.assertIn("Your code raised TypeError: unhashable type: 'list'", message)
        self.assertIn("line 7, in fetch_all: return await asyncio.gather([one(), one()])", message)

    def test_longmessage_left_on_by_a_test_never_reaches_the_learner(self):
        tests = ("import unittest\nfrom submission import square\n\nclass SquareTest(unittest.TestCase):\n"
                 "    longMessage = True\n\n    def test_three(self):\n"
                 "        self.assertEqual(square(3), 9, 'square(3) should be 9')\n")
        result = self.grade(tests, "def square(n):\n    return 10\n")
        self.assertEqual(result["tests"][0]["message"], "square(3) should be 9")


if __name__ == "__main__":
    unittest.main()
