"""Plain-words feedback: what a classic Python error means in this course, and checks without unittest's jargon.

The checker calls in here (see checker.describe_error and FeedbackResult). Nothing here decides a verdict: it only
words the messages a learner reads. An explanation is given only when the error itself proves its cause (the
exact message, and where it matters the learner's own line); otherwise the learner gets Python's words alone.
"""

import re
import unittest

# -- unittest's comparison boilerplate ----------------------------------------------------------------------------

# The standard messages unittest builds (3.11) when a test gives no msg of its own. They are only ever matched
# against such a standard message (see quiet_unittest), never against an author's text.
_ALMOST = re.compile(r"^(?P<first>.+) != (?P<second>.+) within (?:\S+ places|\S+ delta) \(.+ difference\)$")
_DIFFERS = re.compile(r"^(?:Lists|Tuples|Sequences|Dicts|Sets) differ: ")
_NOT_EQUAL = re.compile(r"^(?P<first>.+?) != (?P<second>.+)$")
_SIMPLE = [
    (re.compile(r"^(?P<value>.+) is not true$", re.S), "expected a true value, got {value}"),
    (re.compile(r"^(?P<value>.+) is not false$", re.S), "expected a false value, got {value}"),
    (re.compile(r"^(?P<value>.+) is not None$", re.S), "expected None, got {value}"),
    (re.compile(r"^unexpectedly None$", re.S), "expected a value, got None"),
    (re.compile(r"^(?P<item>.+) not found in (?P<container>.+)$", re.S), "expected {item} among {container}"),
    (re.compile(r"^(?P<item>.+) unexpectedly found in (?P<container>.+)$", re.S),
     "did not expect {item} among {container}"),
    (re.compile(r"^(?P<value>.+) is not an instance of (?P<kind>.+)$", re.S), "expected a {kind}, got {value}"),
    (re.compile(r"^(?P<name>\w+) not raised(?: by \S+)?$", re.S), "expected a {name}, but none was raised"),
    (re.compile(r"^(?P<first>.+) not (?P<relation>less than or equal to|greater than or equal to|less than|"
                r"greater than) (?P<second>.+)$", re.S), "expected {first} to be {relation} {second}"),
    (re.compile(r"^(?P<first>.+) == (?P<second>.+)$", re.S), "expected something other than {second}"),
    (re.compile(r"^(?P<first>.+) is not (?P<second>.+)$", re.S), "expected {second}, got {first}"),
    (re.compile(r"^Element counts were not equal:", re.S), "expected the same items, in any order"),
    (re.compile(r"^Items in the (first|second) set", re.S), "expected other items in the set"),
]


def plain_standard_message(text):
    """unittest's standard message for a failed check, in plain words, without its diff.

    Assumes the repository's convention assertEqual(got, expected) (exercises/README.md).
    """
    text = str(text)
    first_line = text.split("\n", 1)[0]
    match = _ALMOST.match(first_line)
    if match:
        return f"The check expected about {match['second']}, got {match['first']}."
    first_line = _DIFFERS.sub("", first_line)
    match = _NOT_EQUAL.match(first_line)
    if match:
        return f"The check expected {match['second']}, got {match['first']}."
    for pattern, words in _SIMPLE:
        match = pattern.match(text)
        if match:
            return f"The check {words.format(**match.groupdict())}."
    return first_line or "The check failed."


def _author_message_alone(self, msg, standard_msg):
    # unittest's own _formatMessage joins "<standard> : <msg>" when longMessage is on; learners read msg alone.
    return msg if msg else plain_standard_message(standard_msg)


def quiet_unittest(module):
    """Make every test case in `module` show its author's message alone, and unittest's own in plain words."""
    for value in list(vars(module).values()):
        if isinstance(value, type) and issubclass(value, unittest.TestCase):
            value.longMessage = False
            value._formatMessage = _author_message_alone


# -- coroutines never awaited ---------------------------------------------------------------------------------------

def never_awaited_note(names):
    """The message for coroutines that were created and dropped (Python's 'coroutine ... was never awaited')."""
    unique = list(dict.fromkeys(str(name) for name in names))
    listed = ", ".join(f"'{name}'" for name in unique)
    plural = "s" if len(unique) > 1 else ""
    return (f"Python warned: coroutine{plural} {listed} {'were' if plural else 'was'} never awaited. Calling an "
            f"async def function only builds a coroutine object and runs none of its code; put await in front of "
            f"the call (or hand it to asyncio.gather or asyncio.create_task) so that it runs.")


# -- classic errors -----------------------------------------------------------------------------------------------

def _any_line(lines, *fragments):
    """Whether the learner's line where the error surfaced (the last of their lines in the trace) has a fragment."""
    return any(fragment in line for line in lines[-1:] for fragment in fragments)


def _awaited_kind(kind, lines):
    if not lines:
        # The await was not in the learner's code: the check awaited what the learner's function returned.
        if kind == "async_generator":
            return ("Your function is an async generator (an async def with yield), so calling it gives something "
                    "to loop over with async for, not a coroutine to await: hand back the answer with return, not "
                    "yield.")
        if kind == "generator":
            return ("Your function is a plain generator function (a def with yield), not a coroutine function: "
                    "define it with async def and wait with await.")
        return (f"Your function returned a {kind} where a coroutine was expected: define it with async def, so that "
                "calling it gives a coroutine to await.")
    if kind == "NoneType" and _any_line(lines, "time.sleep"):
        return ("You wrote await time.sleep(...). time.sleep is an ordinary function: it froze the whole event "
                "loop, then returned None, and None cannot be awaited. Wait with await asyncio.sleep(...) instead.")
    if kind == "NoneType":
        return ("You awaited None: the call after await is a plain function that returned None (a def, not an "
                "async def?). Only coroutines (what calling an async def returns), Tasks and Futures can be "
                "awaited.")
    if kind in ("function", "method", "builtin_function_or_method", "builtin_method"):
        return ("You awaited the function itself instead of calling it: add the parentheses, await name(...).")
    if kind == "async_generator":
        return ("An async generator (an async def with yield) is not awaited: loop over it with async for, or take "
                "one item with await anext(...).")
    if kind in ("list", "tuple", "set", "dict", "generator"):
        if kind == "generator" and not _any_line(lines, "gather"):
            return ("You awaited a plain generator (a def with yield): it is not a coroutine. Define it with async "
                    "def and await inside it.")
        return (f"You awaited a {kind}: await takes one awaitable. To wait for several at once, unpack them into "
                "asyncio.gather: await asyncio.gather(*items).")
    return (f"You awaited a {kind}, which is not awaitable: await works on coroutine objects (what calling an async "
            "def function returns), Tasks, Futures and objects whose class defines __await__.")


# "'coroutine' object is not subscriptable", "object of type 'coroutine' has no len()", "unsupported operand
# type(s) for +: 'coroutine' and 'int'", "int() argument must be ..., not 'coroutine'" ...
_COROUTINE_AS_VALUE = re.compile(r"'coroutine' object|type 'coroutine'|: 'coroutine'|'coroutine' and|not 'coroutine'")


def _explanation(kind, message, lines):
    """A sentence or two for a classic error, or None when the error does not prove a cause."""
    if kind == "TypeError":
        if message.startswith("unhashable type: 'list'") and _any_line(lines, "gather("):
            return ("asyncio.gather was given a list. gather takes each awaitable as its own argument: unpack the "
                    "list with a star, asyncio.gather(*coroutines).")
        if message == "An asyncio.Future, a coroutine or an awaitable is required":
            if _any_line(lines, "gather("):
                return ("asyncio.gather received something that is not awaitable. It takes each awaitable as its own "
                        "argument: unpack a list or generator expression with a star, asyncio.gather(*coroutines).")
            return ("asyncio expected an awaitable (a coroutine object, a Task or a Future) and got something else: "
                    "did you pass the function instead of calling it, or a list instead of its items?")
        match = re.match(r"object (\S+) can't be used in 'await' expression$", message)
        if match:
            return _awaited_kind(match[1], lines)
        if message in ("can't send non-None value to a just-started generator",
                       "can't send non-None value to a just-started coroutine"):
            return ("A brand-new generator has not reached its first yield yet, so a sent value has nowhere to go. "
                    "Prime it first with next(g) (or g.send(None)), then send values.")
        if re.match(r"'coroutine' object is not (an iterator|iterable)$", message):
            return ("A coroutine object has no __next__ or __iter__, so next() and for loops cannot drive it. Inside "
                    "async code, await it; to run one by hand, call coro.send(None) until it raises StopIteration.")
        if re.match(r"'async_generator' object is not (an iterator|iterable)$", message):
            return ("An async generator is consumed with async for (inside an async def), or one item at a time with "
                    "await anext(agen); a plain for loop or next() cannot drive it.")
        match = re.match(r"'async for' requires an object with __aiter__ method, got (\S+)$", message)
        if match and match[1] == "coroutine":
            if not lines:
                return ("Your function is a coroutine function (an async def without yield): calling it gives a "
                        "coroutine to await, not something to loop over with async for. Yield each item to make it "
                        "an async generator.")
            return ("You looped with async for over a coroutine: await it to get its result, or make the function "
                    "an async generator (an async def that yields).")
        if match:
            return (f"async for only works on asynchronous iterables such as async generators; a {match[1]} is an "
                    "ordinary iterable: loop over it with a plain for.")
        match = re.match(r"'(\w+)' object is not an iterator$", message)
        if match:
            if match[1] == "NoneType":
                return ("next() was given None: the function that should have made a generator returned None (a "
                        "def without yield?).")
            return (f"next() needs an iterator, and a {match[1]} is not one: loop over it with for, or call "
                    "iter(...) on it first. (Calling a generator function gives you an iterator.)")
        if message == "__await__() returned a coroutine":
            return ("__await__ was written with async def, so it returned a coroutine object, and Python refuses "
                    "that. Write __await__ as a plain def that delegates, for example "
                    "return (yield from asyncio.sleep(seconds).__await__()).")
        match = re.match(r"__await__\(\) returned non-iterator of type '(\w+)'$", message)
        if match:
            return ("__await__ must return an iterator: write it as a plain def that delegates with yield from, for "
                    "example return (yield from asyncio.sleep(seconds).__await__()), or return another "
                    "awaitable's __await__().")
        if re.match(r"a coroutine was expected, got <(function|bound method) ", message):
            return ("asyncio needs a coroutine object, and it got the function itself: call it, asyncio.run(main()) "
                    "or asyncio.create_task(work()), with the parentheses.")
        if message == "Passing coroutines is forbidden, use tasks explicitly.":
            return ("asyncio.wait takes Tasks, not coroutine objects (Python 3.11 refuses them): wrap each one in "
                    "asyncio.create_task(...) first, or use asyncio.gather, which accepts coroutines.")
        match = re.match(r"'(\w+)' object does not support the asynchronous context manager protocol$", message)
        if match:
            if match[1] == "async_generator":
                return ("async with needs an asynchronous context manager, and an async def with a yield becomes one "
                        "only with @contextlib.asynccontextmanager written above it.")
            if match[1] == "_GeneratorContextManager":
                return ("@contextlib.contextmanager makes a context manager for a plain with. For async with (an async "
                        "def with one yield), decorate it with @contextlib.asynccontextmanager instead.")
            return (f"async with needs an object with __aenter__ and __aexit__ (async def methods), and a {match[1]} "
                    "has neither: for a plain context manager, write with instead.")
        match = re.match(r"'(\w+)' object is not callable$", message)
        if match and _any_line(lines, "to_thread(", "run_in_executor("):
            return (f"asyncio.to_thread and run_in_executor take the function and its arguments separately, and call "
                    f"it in another thread themselves. Here the function was called first, right away on the event "
                    f"loop's thread, and its result (a {match[1]}) was handed over instead: write "
                    "asyncio.to_thread(function, argument), without parentheses after the function.")
    if kind in ("TypeError", "AttributeError") and _COROUTINE_AS_VALUE.search(message):
        return ("A coroutine object was used as if it were a result. Calling an async def function only builds a "
                "coroutine; put await in front of the call to run it and get what it returns.")
    if kind == "ValueError":
        if re.match(r"a coroutine was expected, got <(function|bound method) ", message):
            return ("asyncio.run needs a coroutine object, and it got the function itself: call it, "
                    "asyncio.run(main()), with the parentheses.")
        if message == "Set of Tasks/Futures is empty.":
            return ("asyncio.wait() was given nothing to wait for: with an empty collection it raises ValueError "
                    "(asyncio.gather() of nothing gives []). Handle the empty case before calling it, for example by "
                    "returning early.")
        if message == "generator already executing":
            return ("The generator tried to resume itself: next() or send() on a generator from inside its own body "
                    "(directly or through a function it called).")
    if kind == "RuntimeError":
        if message == "await wasn't used with future":
            if not lines:
                # None of the learner's lines drove it: the check iterated a Future their function handed back.
                return ("Your code handed back an asyncio Future (for example an un-awaited asyncio.gather(...) or "
                        "asyncio.ensure_future(...)) where its result was expected: await it inside your async def "
                        "and return what the await gives.")
            return ("An asyncio Future was resumed before it had a result. That happens when asyncio's awaitables "
                    "(asyncio.sleep, Tasks, Futures) are driven by hand with send() or next(), or by a loop of your "
                    "own. Let asyncio's event loop run them: await them inside an async def.")
        match = re.match(r"Task got bad yield: (.*)$", message, re.S)
        if match:
            if _any_line(lines, "yield"):
                return (f"Your awaitable yielded {match[1]} to the asyncio event loop, which only understands Futures: "
                        "whatever an __await__ method or a @types.coroutine generator yields goes straight to the "
                        "loop. To wait, yield from another awaitable's __await__(), for example "
                        "asyncio.sleep(seconds).__await__(); to hand a value to the awaiting code, return it.")
            return (f"A coroutine that asyncio ran yielded {match[1]} to the event loop, which only understands "
                    "Futures, so asyncio cannot run a coroutine that yields its own values: drive such a coroutine "
                    "by hand instead (send(None) until StopIteration).")
        if message.startswith("yield was used instead of yield from"):
            return ("A Future was handed over with a plain yield. In __await__ (or a @types.coroutine generator) "
                    "write yield from, return (yield from future.__await__()), so the loop waits for it and you get "
                    "its result.")
        if message == "cannot reuse already awaited coroutine":
            if _any_line(lines, ".send(") and not _any_line(lines, "await "):
                return ("The coroutine had already finished: after send() raises StopIteration (its .value is the "
                        "result), a coroutine cannot be resumed again. Stop sending once StopIteration comes.")
            return ("The same coroutine object was awaited twice, but a coroutine runs only once. Make a new one for "
                    "each await by calling the async function again (in an __await__ method, create it there, not once "
                    "in __init__). To share one result between several awaits, wrap it in a Task "
                    "(asyncio.create_task(...)): a Task can be awaited as often as you like and gives the same result.")
        if message.endswith("is bound to a different event loop"):
            return ("An asyncio object (a Lock, Semaphore, Event, Queue or Future) made while one event loop ran was "
                    "used again under another: every asyncio.run starts a new loop. Create it inside the async "
                    "function that uses it, on each run, not once at module level or kept from an earlier run.")
        match = re.match(r"(generator|coroutine|async generator) raised StopIteration$", message)
        if match:
            return (f"A next(...) inside your {match[1]} ran past the end of what it reads. Since Python 3.7 (PEP 479) "
                    "a StopIteration escaping a generator becomes this RuntimeError instead of quietly ending it: loop "
                    "with for (it stops by itself), or catch StopIteration around next() and return.")
        if message == "asyncio.run() cannot be called from a running event loop":
            return ("asyncio.run() starts a new event loop, but your code already runs inside one (it is called from "
                    "an async def). Inside async code, just await the coroutine.")
        if message == "This event loop is already running":
            return ("run_until_complete() starts the loop, but inside async def the loop is already running your "
                    "code. Just await the future or coroutine.")
        if message == "no running event loop":
            return ("This asyncio call needs a running event loop (create_task, get_running_loop, sleep ...), but it "
                    "ran outside one: call it from inside an async def that the event loop runs.")
        if message == "generator ignored GeneratorExit":
            return ("The generator yielded again after close() threw GeneratorExit into it. On GeneratorExit, clean "
                    "up and finish: put the clean-up in finally, and never yield there.")
    if kind == "AttributeError" and message == "module 'asyncio' has no attribute 'coroutine'":
        return ("@asyncio.coroutine was removed in Python 3.11: write async def instead of the decorator, and await "
                "instead of yield from.")
    if kind == "NameError":
        match = re.match(r"name '(asyncio|time|itertools|heapq|inspect|types|collections|deque)' is not defined",
                         message)
        if match:
            module = "collections" if match[1] == "deque" else match[1]
            what = "from collections import deque" if match[1] == "deque" else f"import {module}"
            return f"{match[1]} is used but never imported: add `{what}` at the top of your file."
    if kind == "IndexError" and message == "tuple index out of range" and _any_line(lines, ".args["):
        return ("A StopIteration from a generator that ended without a return value has no args, so .args[0] does "
                "not exist: read its .value instead (it is None then).")
    if kind == "IndexError" and message in ("pop from empty list", "pop from an empty deque"):
        return ("An item was taken out of an empty list (or deque): check that it is not empty first, for "
                "example if items: items.pop().")
    if kind == "StopIteration":
        detail = f" (it returned {message})" if message else ""
        if lines:
            return (f"A StopIteration escaped from your code: a next() or send() it called found the generator or "
                    f"coroutine finished{detail}. Catch StopIteration around that call where finishing is expected "
                    "(the return value is in its .value).")
        return (f"Your generator finished{detail} when the check asked it for another value: it stopped earlier "
                "than expected.")
    if kind == "InvalidStateError" and message == "Result is not set.":
        return ("task.result() (or future.result()) was called before it finished: the result exists only once it is "
                "done. Await it (value = await task), or wait for it first (asyncio.gather, asyncio.wait).")
    if kind == "InvalidStateError" and (message == "invalid state" or message.startswith(("FINISHED", "CANCELLED"))):
        return ("A Future's result was set twice, or after it was cancelled: check future.done() before calling "
                "set_result or set_exception.")
    return None


def learner_error(kind, message, trace, trace_lines):
    """The message for an exception raised by the learner's code: the explanation (when one fits) first, then
    Python's own words, then the learner's lines."""
    code_lines = [str(entry[2]) for entry in trace if isinstance(entry, (list, tuple)) and len(entry) >= 3]
    head = f"Your code raised {kind}" + (f": {message}" if message else "")
    explanation = _explanation(kind, message, code_lines)
    return "\n".join([*([explanation] if explanation else []), head, *trace_lines])


_SYNTAX_HINTS = [
    ("'await' outside async function",
     "await only works inside an async def: make the function that awaits an async def."),
    ("'yield from' inside async function",
     "Inside async def, wait with await instead of yield from."),
    ("'return' with value in async generator",
     "An async generator (async def with yield) cannot return a value: yield it instead."),
    ("'async for' outside async function", "async for only works inside an async def."),
    ("'async with' outside async function", "async with only works inside an async def."),
    ("asynchronous comprehension outside of an asynchronous function",
     "A comprehension with await or async for only works inside an async def."),
]


def syntax_hint(message):
    """A sentence for the syntax errors this course's new syntax causes, or None."""
    for fragment, hint in _SYNTAX_HINTS:
        if fragment in str(message):
            return hint
    return None
