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

async def quiet():
    await pause(None)      # suspending with None is a suspension too (asyncio.sleep(0) does just that)
    await pause("x")
    return "end"

async def nothing_back():
    await pause("working")

async def many():
    for step in range(12):
        await pause(step)
    return "all done"

@types.coroutine
def listen(message):
    heard = yield message   # what the driver resumed it with
    return heard

async def listening():
    return [await listen("first"), await listen("second")]

coro = {"job": job, "quick": quick, "nested": nested, "broken": broken, "quiet": quiet,
        "nothing_back": nothing_back, "many": many, "listening": listening}[which]()
try:
    try:
        outcome = submission.drive(coro)
    except ValueError as error:
        result = {"error": str(error)}
    except TypeError as error:
        result = {"type_error": str(error)}
    except RuntimeError as error:
        result = {"runtime_error": str(error)}
    else:
        if isinstance(outcome, tuple) and len(outcome) == 2:
            value, messages = outcome
            result = {"value": value,
                      "messages": list(messages) if isinstance(messages, (list, tuple)) else repr(messages)}
            if which == "job":
                result["messages type"] = type(messages).__name__
        else:
            result = {"not a pair": repr(outcome)}
finally:
    coro.close()
"""


def sends_before_the_loop():
    """Whether the learner's source calls send()/next() outside every loop (priming), read with ast."""
    import ast
    tree = ast.parse(grading.source())
    in_a_loop = set()
    for loop in ast.walk(tree):
        if isinstance(loop, (ast.While, ast.For)):
            in_a_loop.update(id(inner) for inner in ast.walk(loop))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and id(node) not in in_a_loop:
            func = node.func
            if ((isinstance(func, ast.Attribute) and func.attr in ("send", "__next__"))
                    or (isinstance(func, ast.Name) and func.id == "next")):
                return True
    return False


def compares_with_none():
    """Whether the learner's source compares something with None (is not None, != None), read with ast."""
    import ast
    return any(isinstance(node, ast.Compare) and any(isinstance(side, ast.Constant) and side.value is None
                                                     for side in node.comparators)
               for node in ast.walk(ast.parse(grading.source())))


class DriveTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def drive(self, which):
        got = grading.run(JOBS, which=which)
        error = got.get("type_error", "")
        if "not an iterator" in error or "not iterable" in error:
            self.fail(f"drive raised TypeError({error!r}). Coroutine objects have no __next__, so next(coro) and "
                      "for loops do not work on them; call coro.send(None) instead.")
        if "just-started coroutine" in error:
            self.fail(f"drive raised TypeError({error!r}): a coroutine that has not started yet accepts only None. "
                      "Call coro.send(None) every time; the messages come out of send, nothing needs to go in.")
        if "type_error" in got:
            self.fail(f"drive raised TypeError({error!r}).")
        error = got.get("runtime_error", "")
        if "Task got bad yield" in error:
            self.fail(f"drive ran the coroutine on an asyncio event loop, which refused it: RuntimeError({error!r}). "
                      "asyncio's loop only understands Futures, and pause suspends with plain messages. drive is "
                      "the loop here: call coro.send(None) yourself, no asyncio.")
        if "cannot reuse already awaited coroutine" in error:
            self.fail(f"drive called send(None) again on a coroutine that had already finished, and Python refused: "
                      f"RuntimeError({error!r}). The first StopIteration means the coroutine is done, whatever its "
                      ".value is (None too): stop there and return.")
        if "runtime_error" in got:
            self.fail(f"drive raised RuntimeError({error!r}).")
        if "not a pair" in got:
            kind = grading.kind_of("drive")
            hint = ""
            if kind == "coroutine function":
                hint = (" drive is an async def, so calling it only makes a coroutine (which nobody awaits) and runs "
                        "none of its code. Make it a plain def that calls coro.send(None) in a loop.")
            elif kind == "generator function":
                hint = (" drive contains yield (yield from), so it is a generator function and calling it runs none of "
                        "its code. Make it a plain def that calls coro.send(None) in a loop and collects the messages.")
            self.fail(f"drive should return a tuple (value, messages), it returned {got['not a pair']}.{hint}")
        return got

    def assert_drove(self, got, value, messages, context):
        hint = ""
        if got.get("value") == messages and got.get("messages") != messages:
            hint = " The two are swapped: return (value, messages), the return value first."
        elif got.get("messages") == messages + [value]:
            hint = (" The return value ended up in the messages too: when send raises StopIteration the coroutine "
                    "has finished, it did not suspend; only what send returns is a message.")
        elif (isinstance(got.get("messages"), list) and len(got["messages"]) > len(messages)
              and got["messages"][len(got["messages"]) - len(messages):] == messages):
            hint = (" The list starts with messages from an earlier drive call: make a new list inside drive on "
                    "every call (a default argument such as messages=[] is made once and shared by every call).")
        elif got.get("messages") == messages and got.get("value") == ((value,) if value is not None else ()):
            hint = (f" The value came back as the tuple {got['value']!r}: that is StopIteration's .args; the return "
                    "value itself is its .value.")
        elif messages and got.get("messages") == messages[1:] and sends_before_the_loop():
            hint = (" The first suspension is missing: a coroutine needs no priming. The very first send(None) already "
                    "runs it up to its first suspension, and what that send returns is the first message: keep it.")
        elif (None in messages and got.get("messages") == [m for m in messages if m is not None]
              and compares_with_none()):
            hint = (" The suspension with None is missing: a suspension with None is a suspension like any other, "
                    "keep every value send returns; only StopIteration means the coroutine has finished.")
        elif len(messages) > 2 and got.get("messages") == messages[-1:]:
            hint = (" Only the last message is there: append each message to the list (messages.append(...)) "
                    "instead of replacing the list.")
        elif messages and got.get("messages") == messages[1:]:
            hint = (" The first suspension is missing: what the very first send(None) returns is the first message, "
                    "keep it (and append every later one too, rather than replacing the list).")
        elif got.get("messages") == messages and got.get("value") is None and value is not None:
            hint = (" Every message is there, but the return value was lost: when the coroutine returns, send "
                    "raises StopIteration and the return value is StopIteration's .value.")
        elif (isinstance(got.get("messages"), list) and len(got["messages"]) < len(messages)
              and got["messages"] == messages[:len(got["messages"])]):
            hint = (f" It stopped after {len(got['messages'])} suspensions: keep calling send(None) until it raises "
                    "StopIteration, however many suspensions that takes.")
        self.assertEqual(got, {"value": value, "messages": messages},
                         f"{context} should give ({value!r}, {messages!r}), got {got!r}.{hint}")

    def test_returns_the_value_and_the_messages(self):
        got = self.drive("job")
        kind = got.pop("messages type", "list")
        if got.get("messages") == ["loading", "saving"] and got.get("value") is None:
            self.fail(f"expected the return value 42, got None: when the coroutine returns, send raises "
                      "StopIteration and the value is StopIteration's .value.")
        self.assert_drove(got, 42, ["loading", "saving"], "drive(job())")
        self.assertEqual(kind, "list", f"drive(job()) gave the messages as a {kind}, expected a list (the prompt asks "
                                       "for (value, messages) with messages a list): collect them in a list.")

    def test_coroutine_that_never_suspends(self):
        got = self.drive("quick")
        self.assert_drove(got, "done", [], "a coroutine that returns at once")

    def test_awaits_inside_awaits_reach_the_driver(self):
        got = self.drive("nested")
        self.assert_drove(got, "AB", ["child a", "child b"],
                          "awaits inside awaits (await passes a suspension straight through to whoever calls send, "
                          "like yield from)")

    def test_suspending_with_none_is_still_a_suspension(self):
        got = self.drive("quiet")
        if got.get("messages") == []:
            self.fail(f"a coroutine that suspends with None, then 'x', and returns 'end' should give "
                      f"('end', [None, 'x']), got {got!r}. A suspension with None is a suspension like any other: "
                      "only StopIteration means the coroutine has finished.")
        self.assert_drove(got, "end", [None, "x"], "a coroutine that suspends with None, then 'x', and returns 'end'")

    def test_a_coroutine_that_returns_nothing_gives_none(self):
        got = self.drive("nothing_back")
        self.assert_drove(got, None, ["working"], "a coroutine without a return")

    def test_a_long_run_is_driven_to_the_end(self):
        got = self.drive("many")
        self.assert_drove(got, "all done", list(range(12)), "a coroutine that suspends with 0, 1, ..., 11")

    def test_resumes_with_none(self):
        got = self.drive("listening")
        heard = got.get("value")
        if (got.get("messages") == ["first", "second"] and isinstance(heard, list) and len(heard) == 2
                and heard != [None, None]):
            self.fail(f"the two awaits were resumed with {heard!r}, where the driver should resume it with None: "
                      "the awaitable here returns what it was resumed with, so drive sent something other than None "
                      "into the coroutine (the last message?). An event loop resumes with send(None) every time.")
        self.assert_drove(got, [None, None], ["first", "second"],
                          "a coroutine whose awaits return what they were resumed with")

    def test_exceptions_propagate(self):
        got = self.drive("broken")
        hint = ""
        if "error" not in got:
            import ast
            tree = ast.parse(grading.source())
            returns_in_finally = any(isinstance(node, ast.Try) and any(isinstance(inner, ast.Return)
                                                                       for part in node.finalbody
                                                                       for inner in ast.walk(part))
                                     for node in ast.walk(tree))
            if returns_in_finally:
                hint = (" A return inside finally discards the exception that is on its way out: return after the "
                        "StopIteration is caught, not in finally.")
            else:
                hint = " Catch StopIteration alone: any other exception must leave drive untouched."
        self.assertEqual(got, {"error": "disk full"},
                         f"the coroutine raised ValueError('disk full'); drive should let it propagate, got "
                         f"{got!r}.{hint}")
