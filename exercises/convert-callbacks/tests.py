import unittest

import grading

IS_COROUTINE_FUNCTION = """
import inspect
result = inspect.iscoroutinefunction(getattr(submission, name))
"""

# Callback-style operations defined by the test, so call_async is checked on more than the starter's library.
CALL = """
import asyncio
def double_later(x, callback):
    asyncio.get_running_loop().call_later(2, callback, None, x * 2)

def fail_later(x, callback):
    asyncio.get_running_loop().call_later(1, callback, ValueError("bad input %r" % (x,)), None)

def answer_at_once(x, callback):
    callback(None, x + 1)

operation = {"double_later": double_later, "fail_later": fail_later, "answer_at_once": answer_at_once}[name]
try:
    result = {"value": await submission.call_async(operation, 21)}
except ValueError as error:
    result = {"error": str(error)}
except RuntimeError as error:
    result = {"runtime_error": str(error)}
"""

PROFILE = """
try:
    result = {"value": await submission.load_profile(user_id)}
except LookupError as error:
    result = {"error": str(error)}
except RuntimeError as error:
    result = {"runtime_error": str(error)}
"""


class CallAsyncTest(unittest.TestCase):
    def run_call(self, name):
        outcome = grading.run_async(CALL, name=name)
        if "runtime_error" in outcome.value:
            self.fail(f"call_async raised RuntimeError({outcome.value['runtime_error']!r}): the loop is already "
                      "running your coroutine, so it cannot run_until_complete again. Just return await future.")
        return outcome

    def test_is_a_coroutine_function(self):
        self.assertTrue(grading.run(IS_COROUTINE_FUNCTION, name="call_async"),
                        msg="call_async is not a coroutine function (inspect.iscoroutinefunction is False): "
                            "define call_async with async def and return await future inside it.")

    def test_returns_the_value_passed_to_the_callback(self):
        outcome = self.run_call("double_later")
        self.assertEqual(outcome.value, {"value": 42},
                         msg=f"call_async(double_later, 21) gave {outcome.value!r}, expected the value 42 that "
                             "double_later passed to its callback 2 s later.")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"it took {outcome.elapsed:g} virtual seconds, expected 2.0.")

    def test_raises_the_error_passed_to_the_callback(self):
        outcome = self.run_call("fail_later")
        self.assertEqual(outcome.value, {"error": "bad input 21"},
                         msg=f"the operation called back with ValueError('bad input 21'), but call_async gave "
                             f"{outcome.value!r}. Hand the error to the awaiting coroutine with "
                             "future.set_exception(error).")

    def test_handles_a_callback_made_before_returning(self):
        outcome = self.run_call("answer_at_once")
        self.assertEqual(outcome.value, {"value": 22},
                         msg=f"an operation that calls back immediately gave {outcome.value!r}, expected 22.")


class LoadProfileTest(unittest.TestCase):
    def test_is_a_coroutine_function(self):
        self.assertTrue(grading.run(IS_COROUTINE_FUNCTION, name="load_profile"),
                        msg="load_profile is not a coroutine function: define it with async def.")

    def test_combines_user_and_posts(self):
        outcome = grading.run_async(PROFILE, user_id=1)
        self.assertEqual(outcome.value, {"value": {"name": "Ada", "posts": 2}},
                         msg=f"load_profile(1) gave {outcome.value!r}, expected {{'name': 'Ada', 'posts': 2}}.")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"load_profile took {outcome.elapsed:g} virtual seconds, expected 2.0: "
                                   "1 s for the user, then 1 s for the posts.")

    def test_unknown_user_raises_lookup_error(self):
        outcome = grading.run_async(PROFILE, user_id=99)
        self.assertEqual(outcome.value, {"error": "no user 99"},
                         msg=f"load_profile(99) gave {outcome.value!r}, expected LookupError('no user 99') "
                             "to propagate: call_async must raise the error with future.set_exception.")
