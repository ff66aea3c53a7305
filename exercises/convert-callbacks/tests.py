import unittest

import grading

# Callback-style operations defined by the test, so call_async is checked on more than the starter's library.
CALL = """
import asyncio
def double_later(x, callback):
    asyncio.get_running_loop().call_later(2, callback, None, x * 2)

def fail_later(x, callback):
    asyncio.get_running_loop().call_later(1, callback, ValueError("bad input %r" % (x,)), None)

def answer_at_once(x, callback):
    callback(None, x + 1)

def zero_later(x, callback):
    asyncio.get_running_loop().call_later(1, callback, None, 0)

def nothing_later(x, callback):
    asyncio.get_running_loop().call_later(1, callback, None, None)

def join_later(first, second, done):  # two arguments, and a callback parameter with another name
    asyncio.get_running_loop().call_later(2.5, done, None, first + "-" + second)

def ping_later(done):  # no argument at all
    asyncio.get_running_loop().call_later(0.5, done, None, "pong")

import functools
real_operation = {"double_later": double_later, "fail_later": fail_later, "answer_at_once": answer_at_once,
                  "zero_later": zero_later, "nothing_later": nothing_later, "join_later": join_later,
                  "ping_later": ping_later}[name]
calls = []  # how call_async started the operation: its positional arguments (callables named so) and keywords

@functools.wraps(real_operation)
def operation(*positional, **keywords):
    calls.append({"positional": ["<a callable>" if callable(arg) else repr(arg) for arg in positional],
                  "keywords": sorted(keywords)})
    return real_operation(*positional, **keywords)

try:
    async with asyncio.timeout(100):  # a future nobody settles becomes a message instead of a hang
        result = {"value": await submission.call_async(operation, *args)}
except TimeoutError:
    result = {"stuck": True}
except ValueError as error:
    result = {"error": str(error)}
except RuntimeError as error:
    result = {"runtime_error": str(error)}
except NameError as error:
    result = {"name_error": str(error)}
except TypeError as error:
    result = {"type_error": str(error)}
except Exception as error:
    result = {"other_error": [type(error).__name__, str(error)]}
result["calls"] = calls
"""

PROFILE = """
try:
    result = {"value": await submission.load_profile(user_id)}
except LookupError as error:
    result = {"error": str(error)}
except RuntimeError as error:
    result = {"runtime_error": str(error)}
except TypeError as error:
    result = {"type_error": str(error)}
except Exception as error:
    result = {"other_error": [type(error).__name__, str(error)]}
"""


def returns_a_value(name):
    """Whether the learner's function `name` has a `return <something>` (read from the source)."""
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return any(isinstance(inner, ast.Return) and inner.value is not None for inner in ast.walk(node))
    return False


def call_async_node():
    import ast
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "call_async":
            return node
    return None


def callback_assigns_without_nonlocal():
    """Whether a function nested in call_async assigns a plain name and declares no nonlocal (read with ast)."""
    import ast
    outer = call_async_node()
    if outer is None:
        return False
    for inner in ast.walk(outer):
        if inner is outer or not isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if any(isinstance(node, ast.Nonlocal) for node in ast.walk(inner)):
            continue
        for node in ast.walk(inner):
            targets = (node.targets if isinstance(node, ast.Assign) else [node.target]
                       if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
            if any(isinstance(target, ast.Name) for target in targets):
                return True
    return False


def returns_the_operations_result():
    """Whether call_async returns what its operation(...) call returns (read with ast)."""
    import ast
    outer = call_async_node()
    if outer is None:
        return False
    return any(isinstance(node, ast.Return) and isinstance(node.value, ast.Call)
               and isinstance(node.value.func, ast.Name) and node.value.func.id == "operation"
               for node in ast.walk(outer))


def none_hint():
    """Why call_async gave None when the operation called back with a value."""
    if returns_the_operations_result():
        return ("call_async returns what operation(...) returns, and a callback-style operation returns None: its "
                "answer comes later, through the callback. Have the callback call future.set_result(value) and "
                "return await future")
    if returns_a_value("call_async"):
        if callback_assigns_without_nonlocal():
            return ("call_async does return, but the value the callback received never reached what it returns. A "
                    "callback that assigns a variable of call_async makes a new local variable of its own unless it "
                    "says nonlocal; simpler: have the callback call future.set_result(value) and return await future")
        return ("call_async does return, but the value the callback received never reached what it returns: have "
                "the callback call future.set_result(value) and return await future")
    return "a coroutine that ends without return gives None, so return await future"


def runtime_error_hint(text, who="call_async"):
    """What a RuntimeError raised while awaiting call_async means, when its text proves it."""
    if "attached to a different loop" in text:
        return (f"{who} awaited a future that belongs to another event loop (asyncio.new_event_loop() makes a new "
                "one, which never runs): create the future on the loop that runs your coroutine, "
                "asyncio.get_running_loop().create_future().")
    if "already running" in text or "running event loop" in text:
        return (f"the loop is already running your coroutine, so {who} cannot run_until_complete (or asyncio.run) "
                "again. Just return await future.")
    return "check the line of call_async or of its callback that Python names."


def run_or_explain_deadlock(test, code, deadlock_hint=None, **inputs):
    try:
        return grading.run_async(code, **inputs)
    except grading.RemoteError as error:
        if error.type_name != "Deadlock":
            raise
        test.fail(deadlock_hint or "call_async waited for a future that nothing was left to settle (the event loop found every task "
                  "waiting: a deadlock). Start the operation with your callback before you await the future, and "
                  "have the callback settle it with set_result or set_exception.")


class CallAsyncTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def run_call(self, name, stuck_hint=None, args=(21,)):
        outcome = run_or_explain_deadlock(self, CALL, name=name, args=list(args))
        call = f"call_async({name}{''.join(', ' + repr(arg) for arg in args)})"
        if "name_error" in outcome.value:
            self.fail(f"{call} raised NameError({outcome.value['name_error']!r}). The operation called your "
                      "callback before a name it uses was assigned: create the future (and anything else the "
                      "callback needs) before you start the operation.")
        calls = outcome.value.pop("calls")
        started_right = {"positional": [repr(arg) for arg in args] + ["<a callable>"], "keywords": []}
        if calls and calls[0] != started_right:
            got = calls[0]
            shown = ", ".join(got["positional"] + [key + "=..." for key in got["keywords"]])
            self.fail(f"{call} started the operation as {name}({shown}), expected "
                      f"{name}({''.join(repr(arg) + ', ' for arg in args)}callback). Start operation(*args, callback): "
                      "every argument it was given, unpacked and in order, then your callback as the last positional "
                      "argument (an operation may name that parameter anything, so do not pass it as callback=...).")
        if not calls:
            self.assertNotIn("type_error", outcome.value,
                             msg=f"{call} raised TypeError({outcome.value.get('type_error')!r}) before it started "
                                 "the operation: start operation(*args, callback).")
        if "type_error" in outcome.value and "awaitable is required" in outcome.value["type_error"]:
            self.fail(f"{call} raised TypeError({outcome.value['type_error']!r}) after it started the operation "
                      "correctly: a callback-style operation returns None (it answers through the callback), so "
                      "there is nothing in its return value to await or wrap in a task. Make a future with "
                      "loop.create_future(), have the callback settle it, and return await future.")
        if "type_error" in outcome.value and "object Future can't be used in 'await'" in outcome.value["type_error"]:
            self.fail(f"{call} raised TypeError({outcome.value['type_error']!r}) after it started the operation "
                      "correctly: the Future it awaited is not an asyncio Future (a concurrent.futures.Future, for "
                      "one, cannot be awaited). Make it with asyncio.get_running_loop().create_future(), or wrap a "
                      "concurrent one with asyncio.wrap_future(...).")
        if "type_error" in outcome.value:
            self.fail(f"{call} raised TypeError({outcome.value['type_error']!r}) after it started the operation "
                      "correctly: check the line of call_async or of its callback that Python names.")
        if "other_error" in outcome.value:
            kind, text = outcome.value["other_error"]
            self.fail(f"{call} raised {kind}({text!r}). If that is the operation's error, raise the very exception "
                      "the callback received (future.set_exception(error)), not a new one: the caller catches it "
                      "by its type.")
        if outcome.value.get("stuck"):
            self.fail(stuck_hint or "call_async was still waiting after 100 virtual seconds: the future was never "
                      "settled. Start the operation with your callback before you await the future, and have the "
                      "callback settle it with set_result or set_exception.")
        if "runtime_error" in outcome.value:
            text = outcome.value["runtime_error"]
            self.fail(f"call_async raised RuntimeError({text!r}): {runtime_error_hint(text)}")
        return outcome

    def test_is_a_coroutine_function(self):
        self.assertEqual(grading.kind_of("call_async"), "coroutine function",
                        msg="call_async is not a coroutine function (inspect.iscoroutinefunction is False): "
                            "define call_async with async def and return await future inside it.")

    def test_returns_the_value_passed_to_the_callback(self):
        outcome = self.run_call("double_later")
        hint = f" call_async gave None: {none_hint()}." if outcome.value == {"value": None} else ""
        self.assertEqual(outcome.value, {"value": 42},
                         msg=f"call_async(double_later, 21) gave {outcome.value!r}, expected the value 42 that "
                             f"double_later passed to its callback 2 s later.{hint}")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"it took {outcome.elapsed:g} virtual seconds, expected 2.0.")

    def test_passes_every_argument_then_the_callback(self):
        for args, expected, at in ((("ab", "cd"), "ab-cd", 2.5), ((), "pong", 0.5)):
            name = "join_later" if args else "ping_later"
            outcome = self.run_call(name, args=args)
            call = f"call_async({name}{''.join(', ' + repr(arg) for arg in args)})"
            hint = (f" call_async gave None: {none_hint()}." if outcome.value == {"value": None} else
                    " It was started the right way (every argument, then the callback): return the value the "
                    "callback receives.")
            self.assertEqual(outcome.value, {"value": expected},
                             msg=f"{call} gave {outcome.value!r}, expected the value {expected!r} that {name} "
                                 f"passed to its callback.{hint}")
            self.assertAlmostEqual(
                outcome.elapsed, at, places=6,
                msg=f"{call} returned at {outcome.elapsed:g} virtual seconds, expected {at:g}: the moment the "
                    "operation called back. Await a Future (or an Event) that the callback settles, so the "
                    "coroutine resumes at once, instead of checking on a timer with asyncio.sleep.")

    def test_raises_the_error_passed_to_the_callback(self):
        ordinary_gets_through = not grading.run_async(CALL, name="double_later", args=[21]).value.get("stuck")
        outcome = self.run_call("fail_later", stuck_hint=(
            "an operation calling back (ValueError('bad input 21'), None) left call_async waiting forever, while a "
            "successful one gets through: on an error your callback did not settle the future. Call "
            "future.set_exception(error); raising the error inside the callback does not reach call_async (the "
            "event loop that runs the callback catches and logs it)."
        ) if ordinary_gets_through else None)
        hint = ""
        if "value" in outcome.value and grading.type_name(outcome.value["value"]) == "ValueError":
            hint = (" call_async returned the error as its value: the callback takes (error, value), in that order, "
                    "so check the order of its parameters and which one goes to set_result.")
        if outcome.value.get("error") == "":
            self.fail("the operation called back with ValueError('bad input 21'), and call_async raised a ValueError "
                      "without that message: a new exception was made from the error's class. Raise the very "
                      "exception the callback received: future.set_exception(error).")
        self.assertEqual(outcome.value, {"error": "bad input 21"},
                         msg=f"the operation called back with ValueError('bad input 21'), but call_async gave "
                             f"{outcome.value!r} instead of raising it. Settle the future with "
                             f"future.set_exception(error) when error is not None, and return await future.{hint}")

    def test_falsy_values_are_values(self):
        # Only when an ordinary value gets through is a stuck falsy value down to how success is told apart.
        ordinary_gets_through = not grading.run_async(CALL, name="double_later", args=[21]).value.get("stuck")
        for name, expected in (("zero_later", 0), ("nothing_later", None)):
            outcome = self.run_call(name, stuck_hint=(
                f"an operation calling back (None, {expected!r}) succeeded with the value {expected!r}, but "
                "call_async never returned: its callback did not settle the future. Success or failure is told by "
                "error alone: it is None on success, whatever the value is (test error is not None)."
            ) if ordinary_gets_through else None)
            if outcome.value == {"value": None}:
                hint = f" ({none_hint()})"
            else:
                hint = (". Success or failure is told by error alone: it is None on success, whatever the value is "
                        "(test error is not None)")
            self.assertEqual(outcome.value, {"value": expected},
                             msg=f"an operation calling back (None, {expected!r}) succeeded with the value "
                                 f"{expected!r}, but call_async gave {outcome.value!r}{hint}.")

    def test_handles_a_callback_made_before_returning(self):
        outcome = self.run_call("answer_at_once")
        hint = f" call_async gave None: {none_hint()}." if outcome.value == {"value": None} else ""
        self.assertEqual(outcome.value, {"value": 22},
                         msg=f"an operation that calls back immediately gave {outcome.value!r}, expected 22.{hint}")


class LoadProfileTest(unittest.TestCase):
    longMessage = False

    def test_is_a_coroutine_function(self):
        self.assertEqual(grading.kind_of("load_profile"), "coroutine function",
                        msg="load_profile is not a coroutine function: define it with async def.")

    def profile(self, user_id, deadlock_hint=None):
        outcome = run_or_explain_deadlock(self, PROFILE, deadlock_hint, user_id=user_id)
        if "runtime_error" in outcome.value:
            text = outcome.value["runtime_error"]
            self.fail(f"load_profile({user_id}) raised RuntimeError({text!r}): {runtime_error_hint(text)}")
        if "other_error" in outcome.value:
            kind, text = outcome.value["other_error"]
            self.fail(f"load_profile({user_id}) raised {kind}({text!r}). If that is fetch_user's or fetch_posts' "
                      "error, raise the very exception the callback received (future.set_exception(error)), not "
                      "a new one: the caller catches it by its type.")
        if "type_error" in outcome.value and user_id in (1, 2):
            error = outcome.value["type_error"]
            if "NoneType" in error:
                why = f"call_async gave None instead of the user: {none_hint()}."
            elif "'coroutine'" in error:
                why = ("a coroutine object was used where its result belongs: a call_async(...) in load_profile has "
                       "no await in front of it. Write await call_async(...) for the user and for the posts.")
            else:
                why = "it comes from call_async or load_profile: check the line Python names (and the call_async tests)."
            self.fail(f"load_profile({user_id}) raised TypeError({error!r}): {why}")
        return outcome

    def test_combines_user_and_posts(self):
        outcome = self.profile(1)
        value = outcome.value.get("value")
        if isinstance(value, dict) and isinstance(value.get("posts"), list):
            self.fail(f"load_profile(1) gave {value!r}, expected {{'name': 'Ada', 'posts': 2}}: \"posts\" is the "
                      "number of posts (len(posts)), not the list.")
        self.assertEqual(outcome.value, {"value": {"name": "Ada", "posts": 2}},
                         msg=f"load_profile(1) gave {outcome.value!r}, expected {{'name': 'Ada', 'posts': 2}}.")
        self.assertAlmostEqual(outcome.elapsed, 2.0, places=6,
                               msg=f"load_profile took {outcome.elapsed:g} virtual seconds, expected 2.0: "
                                   "1 s for the user, then 1 s for the posts.")

    def test_uses_the_users_own_blog(self):
        outcome = self.profile(2)
        value = outcome.value.get("value")
        if isinstance(value, dict) and isinstance(value.get("posts"), list):
            self.fail(f"load_profile(2) gave {value!r}, expected {{'name': 'Grace', 'posts': 1}}: \"posts\" is the "
                      "number of posts (len(posts)), not the list.")
        self.assertEqual(outcome.value, {"value": {"name": "Grace", "posts": 1}},
                         msg=f"load_profile(2) gave {outcome.value!r}, expected {{'name': 'Grace', 'posts': 1}}: "
                             "fetch the posts of the user's own blog (user['blog']).")

    def test_unknown_user_raises_lookup_error(self):
        try:
            known_gets_through = "value" in grading.run_async(PROFILE, user_id=1).value
        except grading.RemoteError:
            known_gets_through = False
        outcome = self.profile(99, deadlock_hint=(
            "load_profile(99) waited forever (the event loop found every task waiting: a deadlock), while "
            "load_profile(1) gets through: when fetch_user called back with LookupError('no user 99'), your "
            "callback did not settle the future. Call future.set_exception(error); raising the error inside the "
            "callback does not reach call_async (the event loop that runs the callback catches and logs it)."
        ) if known_gets_through else None)
        if "type_error" in outcome.value:
            error = outcome.value["type_error"]
            why = ("call_async gave None instead of raising the error its callback received. Settle the future "
                   "with future.set_exception(error) and do not catch it in call_async." if "NoneType" in error
                   else "check the line Python names (and the call_async tests).")
            self.fail(f"load_profile(99) raised TypeError({error!r}) instead of LookupError: {why}")
        if outcome.value == {"error": "no user 99"}:
            return
        call_async_raises = grading.run_async(CALL, name="fail_later", args=[21]).value.get("error") == "bad input 21"
        if outcome.value == {"error": ""}:
            self.fail("load_profile(99) raised a LookupError without the message 'no user 99': a new exception was "
                      "made from the error's class. Raise the very exception the callback received: "
                      "future.set_exception(error).")
        if call_async_raises:
            hint = (" Your call_async does raise the error it is called back with, so load_profile itself stops it: "
                    "do not catch the LookupError in load_profile, let it propagate to the caller.")
        else:
            hint = " call_async must raise the error its callback receives: settle the future with future.set_exception."
        self.fail(f"load_profile(99) gave {outcome.value!r}, expected LookupError('no user 99') to propagate.{hint}")
