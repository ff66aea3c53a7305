import ast
import unittest

import grading

DRIVE = """
import inspect

def drive(gen, limit):
    values = []
    while len(values) < limit:
        try:
            values.append(next(gen))
        except StopIteration as stop:
            return values, stop.value
    return values, "still running"
"""

READER_TO_THE_END = DRIVE + """
log = []
values, returned = drive(submission.reader("r", items, log), 10)
result = [values, returned, log]
"""

READER_CLOSED = DRIVE + """
log = []
r = submission.reader("r", items, log)
first = next(r)
r.close()
result = [first, log, inspect.getgeneratorstate(r)]
"""

CONCAT_TO_THE_END = DRIVE + """
log = []
sources = [submission.reader(name, items, log) for name, items in specs]
values, returned = drive(submission.concat(sources, log), 20)
result = [values, returned, log]
"""

CONCAT_CLOSED = DRIVE + """
log = []
sources = [submission.reader(name, items, log) for name, items in specs]
c = submission.concat(sources, log)
values = [next(c) for _ in range(pulls)]
try:
    c.close()
    closed = "closed"
except RuntimeError as error:
    closed = str(error)
result = [values, log, [inspect.getgeneratorstate(s) for s in sources], closed]
"""


def function_node(name):
    """The learner's top-level function `name`, parsed from the source (never run), or None."""
    for node in ast.parse(grading.source()).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    return None


def exit_handlers(node):
    """The except blocks of `node` that catch GeneratorExit (by name, as BaseException, or bare)."""
    def names(handler):
        kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        return {getattr(kind, "id", None) for kind in kinds}

    return [handler for handler in ast.walk(node) if isinstance(handler, ast.ExceptHandler)
            and (handler.type is None or names(handler) & {"GeneratorExit", "BaseException"})]


def fell_through(log, expected):
    """A hint when concat carried on after 'concat closed', naming the cause the source shows."""
    if not (log[:len(expected)] == expected and any(entry.startswith("total") for entry in log[len(expected):])):
        return ""
    concat = function_node("concat")
    handlers = exit_handlers(concat) if concat else []
    if any(not any(isinstance(inner, (ast.Raise, ast.Return)) for inner in ast.walk(handler)) for handler in handlers):
        return (f" After 'concat closed' the log goes on with {log[len(expected)]!r}: the code that handled "
                "GeneratorExit let concat carry on to its normal end. Finish that handler with raise (or return), so "
                "that a closed concat stops there.")
    if concat and any(isinstance(node, ast.Try) and node.finalbody for node in ast.walk(concat)):
        return (f" After 'concat closed' the log goes on with {log[len(expected)]!r}: a finally block runs on the "
                "way out of a closed concat too. Log the total after the try statement, where only a concat that "
                "read every source gets to.")
    return (f" After 'concat closed' the log goes on with {log[len(expected)]!r}: a closed concat must stop right "
            "after logging 'concat closed'.")


def missing_close_entry(log, expected):
    """A hint when everything but 'concat closed' was logged."""
    if log != expected[:-1]:
        return ""
    concat = function_node("concat")
    catches_exception = concat and any(
        isinstance(handler, ast.ExceptHandler) and getattr(handler.type, "id", None) == "Exception"
        for handler in ast.walk(concat))
    if catches_exception and not exit_handlers(concat):
        return (" 'concat closed' is missing: GeneratorExit derives from BaseException, not from Exception, so "
                "except Exception never catches it (on purpose: cleanup code should not swallow it by accident). "
                "Catch GeneratorExit itself.")
    return (" 'concat closed' is missing: log it when GeneratorExit arrives in concat (except GeneratorExit: ... "
            "raise, or a finally that knows the loop did not finish).")


def primes_its_sources():
    """Whether concat calls next() or .send() itself (read from the source, never run)."""
    concat = function_node("concat")
    return concat is not None and any(
        isinstance(call, ast.Call) and (getattr(call.func, "id", None) == "next"
                                        or getattr(call.func, "attr", None) == "send")
        for call in ast.walk(concat))


PRIMES = ("concat calls next() on a source before yield from: yield from starts the subgenerator itself, so the "
          "item that next() took is lost (and on an empty source that next() raises StopIteration, which PEP 479 "
          "turns into RuntimeError). Delegate with total += yield from source alone.")


def run_concat(test, code, **inputs):
    """grading.run(code), naming the mistake when concat primes its sources before yield from."""
    try:
        return grading.run(code, **inputs)
    except (RuntimeError, StopIteration):
        if primes_its_sources():
            test.fail(PRIMES)
        raise


def enumerates_from_zero():
    """Whether reader calls enumerate without a start (read from the source, never run)."""
    reader = function_node("reader")
    return reader is not None and any(
        isinstance(call, ast.Call) and getattr(call.func, "id", None) == "enumerate" and len(call.args) == 1
        and not call.keywords for call in ast.walk(reader))


class ReaderTest(unittest.TestCase):
    longMessage = False

    def test_yields_every_item_and_returns_the_count(self):
        items = [0, None, "", 5]
        values, returned, log = grading.run(READER_TO_THE_END, items=items)
        hint = " 0, None and '' are items too." if len(values) < len(items) else ""
        self.assertEqual(values, items, msg=f"reader('r', {items!r}, log) yielded {values!r}, expected {items!r}.{hint}")
        counted = " It counted only the truthy items: 0, None and '' are items too." if returned == 1 else ""
        if returned == 3 and enumerates_from_zero():
            counted = (" One less than the items: enumerate counts from 0, so the last index is not the count. Use "
                       "enumerate(items, start=1), or count with a variable of your own.")
        self.assertEqual(returned, 4, msg=f"reader returned {returned!r} (the value of its StopIteration), expected 4, "
                                          f"the number of items it yielded.{counted}")
        hint = ""
        if log == ["open r"]:
            hint = (" reader logged nothing when it was exhausted: log the close in a finally block, which runs both "
                    "when the items run out and when it is closed.")
        elif log[:2] == ["open r", "close r"] and len(log) > 2:
            hint = f" {log[2]!r} came after 'close r': logging the close must be reader's last action."
        self.assertEqual(log, ["open r", "close r"],
                         msg=f"after reading all its items the log was {log!r}, expected ['open r', 'close r'].{hint}")

    def test_cleans_up_when_closed(self):
        first, log, state = grading.run(READER_CLOSED, items=[7, 8, 9])
        self.assertEqual(log, ["open r", "close r"],
                         msg=f"after next() and close() the log was {log!r}, expected ['open r', 'close r']: reader "
                             "did not clean up when it was closed. close() raises GeneratorExit at the paused yield; "
                             "cleanup that must run then too goes in a finally block.")
        self.assertEqual(state, "GEN_CLOSED", msg=f"after close() the reader is {state}, expected GEN_CLOSED.")


class ConcatTest(unittest.TestCase):
    longMessage = False

    def test_delegates_and_totals_the_return_values(self):
        specs = [("a", [1, 2]), ("empty", []), ("b", [0, 3, None])]
        values, returned, log = run_concat(self, CONCAT_TO_THE_END, specs=specs)
        self.assertEqual(values, [1, 2, 0, 3, None],
                         msg=f"concat yielded {values!r}, expected [1, 2, 0, 3, None]: every item of every source, "
                             "in order.")
        hint = ""
        if returned == 0 or log[-1:] == ["total 0"]:
            hint = (" The total is 0: add up the return values of the readers (yield from hands back the value the "
                    "subgenerator returns; a for loop throws it away).")
        self.assertEqual(returned, 5, msg=f"concat returned {returned!r}, expected 5 (2 + 0 + 3 items).{hint}")
        expected = ["open a", "close a", "open empty", "close empty", "open b", "close b", "total 5"]
        if "concat closed" in log:
            hint += (" 'concat closed' was logged although nobody closed concat: log it only when GeneratorExit "
                     "arrives (except GeneratorExit, or a finally that knows whether the loop finished).")
        self.assertEqual(log, expected, msg=f"when every source was read to the end the log was {log!r}, expected "
                                            f"{expected!r}.{hint}")

    def test_close_travels_to_the_subgenerator(self):
        specs = [("a", [1, 2]), ("b", [3, 4]), ("c", [5])]
        values, log, states, closed = run_concat(self, CONCAT_CLOSED, specs=specs, pulls=3)
        if closed != "closed":
            self.fail(f"closing concat raised RuntimeError: {closed}. After catching GeneratorExit a generator must "
                      "stop (re-raise it, or return); never yield after catching GeneratorExit.")
        self.assertEqual(values, [1, 2, 3], msg=f"the first three items were {values!r}, expected [1, 2, 3].")
        if states[1] == "GEN_SUSPENDED":
            self.fail("after concat was closed, reader b was still GEN_SUSPENDED and its cleanup never ran: "
                      "yield from forwards close() to the subgenerator, a for loop over it does not. Delegate with "
                      "yield from.")
        expected = ["open a", "close a", "open b", "close b", "concat closed"]
        hint = ""
        if sorted(log) == sorted(expected) and log != expected:
            hint = (" The right entries in another order: 'concat closed' comes after the subgenerator has "
                    "cleaned up, which is the order yield from gives you.")
        hint = hint or fell_through(log, expected) or missing_close_entry(log, expected)
        self.assertEqual(log, expected, msg=f"after three items and close() the log was {log!r}, expected "
                                            f"{expected!r}.{hint}")
        # Reader c never started; concat may leave it as it is or close it too (closing a generator that never
        # started runs none of its code), so either state is right.
        self.assertIn(states[2], ("GEN_CREATED", "GEN_CLOSED"),
                      msg=f"reader c should never have started, but after close() it was {states[2]}.")
        self.assertEqual(states[:2], ["GEN_CLOSED", "GEN_CLOSED"],
                         msg=f"the readers' states after close() were {states}, expected a and b closed "
                             "(GEN_CLOSED).")

    def test_close_on_the_first_source(self):
        specs = [("a", [1, 2]), ("b", [3])]
        values, log, states, closed = run_concat(self, CONCAT_CLOSED, specs=specs, pulls=1)
        self.assertEqual(closed, "closed", msg=f"closing concat raised RuntimeError: {closed}. Never yield after "
                                               "catching GeneratorExit.")
        expected = ["open a", "close a", "concat closed"]
        self.assertEqual(log, expected, msg=f"after one item and close() the log was {log!r}, expected {expected!r}."
                                            f"{fell_through(log, expected) or missing_close_entry(log, expected)}")

    def test_each_concat_counts_from_zero(self):
        totals = grading.run(DRIVE + """
totals = []
for specs in ([("a", [1, 2])], [("b", [3])]):
    log = []
    sources = [submission.reader(name, items, log) for name, items in specs]
    totals.append(drive(submission.concat(sources, log), 20)[1])
result = totals
""")
        hint = ""
        if totals[0] != 2 and totals[1] == 1:
            hint = " The first concat's total is off: add up the values its readers return."
        elif totals[1] == totals[0] + 1:
            hint = (" The second total went on from what earlier concats counted: concat keeps its total outside the "
                    "call (a global, or a default argument). Start total = 0 inside concat, so that each concat adds "
                    "up only its own sources.")
        self.assertEqual(totals, [2, 1], msg=f"a concat over two items returned {totals[0]!r}, then a new concat over "
                                             f"one item returned {totals[1]!r}, expected 2 and 1.{hint}")
