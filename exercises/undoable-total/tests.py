import ast
import unittest

import grading
from submission import totaller


SHARED_STATE = """
first = submission.totaller()
start = next(first)
first.send(1)
second = submission.totaller()
result = [start, next(second)]
"""


def primed(test):
    total = totaller()
    test.assertEqual(grading.type_name(total), "generator",
                     f"totaller() should return a generator, got a {grading.type_name(total)}")
    first = next(total)
    hint = ""
    if first is None:
        hint = (": the yield that priming reaches hands out nothing; it should hand out the total, as in "
                "amount = yield total")
    elif first != 0:
        try:
            start, restart = grading.run(SHARED_STATE)
        except Exception:
            start = restart = None
        if isinstance(start, (int, float)) and restart == start + 1:
            hint = (": a new totaller starts from what earlier totallers were sent, so the amounts live outside the "
                    "call (a module-level list, or a default argument such as amounts=[]). Create them inside "
                    "totaller, so that each totaller starts from 0")
    test.assertEqual(first, 0, f"priming a new totaller should return the starting total 0, got {first!r}{hint}")
    return total


def yields_in_except():
    """Whether the learner's totaller has a yield inside an except block (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "totaller":
            return any(isinstance(inner, (ast.Yield, ast.YieldFrom))
                       for handler in ast.walk(node) if isinstance(handler, ast.ExceptHandler)
                       for inner in ast.walk(handler))
    return False


def handlers_for_value_error():
    """The except blocks of the learner's totaller that catch ValueError (or everything), with whether their try is
    inside a loop (read from the source, never run)."""
    def catches(handler):
        names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        return handler.type is None or any(getattr(name, "id", None) in ("ValueError", "Exception", "BaseException")
                                           for name in names)

    found = []

    def visit(node, in_loop):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Try):
                found.extend((handler, in_loop) for handler in child.handlers if catches(handler))
            visit(child, in_loop or isinstance(child, (ast.While, ast.For)))

    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "totaller":
            visit(node, False)
    return found


def why_the_undo_failed(reraised):
    """Why a thrown ValueError ended the coroutine (reraised: it came back out), from the learner's source."""
    handlers = handlers_for_value_error()
    if reraised and any(isinstance(inner, ast.Raise) for handler, _ in handlers for inner in ast.walk(handler)):
        return ("your except block catches it but then raises it again (raise), and an exception that leaves the "
                "generator finishes it; after undoing, let the loop go round to the yield instead")
    if not reraised and any(isinstance(inner, (ast.Return, ast.Break)) for handler, _ in handlers
                            for inner in ast.walk(handler)):
        return ("your except block ends the coroutine (a return or break in it); after undoing, let the loop go "
                "round to the yield instead")
    if reraised and not handlers:
        return ("catch ValueError around the yield (try/except inside the loop) and undo the last amount")
    if any(not in_loop for _, in_loop in handlers):
        return "keep the try inside the loop so it goes back to the yield"
    if reraised:
        return ("catch ValueError around the yield (try/except inside the loop) and undo the last amount")
    return "after undoing, the coroutine must go back round its loop to the yield"


def why_other_exceptions_are_kept():
    """Why a KeyError thrown in did not come back out, from the learner's source (read, never run)."""
    tree = ast.parse(grading.source())
    broad = any(isinstance(handler, ast.ExceptHandler)
                and (handler.type is None
                     or any(getattr(name, "id", None) in ("Exception", "BaseException", "KeyError", "LookupError")
                            for name in (handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type])))
                for handler in ast.walk(tree))
    if broad:
        return "catch ValueError, not Exception"
    if any(isinstance(node, ast.Try) and any(isinstance(inner, (ast.Continue, ast.Break, ast.Return))
                                             for statement in node.finalbody for inner in ast.walk(statement))
           for node in ast.walk(tree)):
        return ("a continue, break or return in a finally block throws away whatever exception was on its way out, "
                "the KeyError too: leave the finally block out, and let the loop go round after the except block")
    return "catch only ValueError, and let every other exception through"


def calls_remove():
    """Whether the learner's source calls a .remove method (read, never run)."""
    return any(isinstance(node, ast.Attribute) and node.attr == "remove"
               for node in ast.walk(ast.parse(grading.source())))


YIELD_IN_EXCEPT = (" Your except block has a yield of its own: the next value sent (or thrown) lands there, outside "
                   "the try, so it is lost (or not caught). After undoing, let the loop go round to its one guarded "
                   "yield instead of yielding in the except block.")


def undo(test, total, context):
    """Throw ValueError in; explain the usual ways a coroutine fails to survive it."""
    try:
        return total.throw(ValueError("undo"))
    except ValueError:
        if yields_in_except():
            test.fail(f"{context}: the ValueError came straight back out of throw().{YIELD_IN_EXCEPT}")
        test.fail(f"{context}: the ValueError came straight back out of throw(); {why_the_undo_failed(True)}")
    except StopIteration:
        test.fail(f"{context}: the coroutine finished after the ValueError; {why_the_undo_failed(False)}")


def send(test, total, amount, context):
    try:
        return total.send(amount)
    except StopIteration:
        if amount == 0:
            test.fail(f"{context}: the coroutine finished when 0 was sent. 0 is an amount like any other: add it "
                      "(the total stays the same) and go on waiting for the next one")
        test.fail(f"{context}: the coroutine had already finished when {amount} was sent; "
                  f"{why_the_undo_failed(False)}")


class TotallerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_adds_amounts(self):
        total = primed(self)
        answers = [total.send(amount) for amount in (10, 5, 20)]
        self.assertEqual(answers, [10, 15, 35], f"sending 10, 5, 20 should give 10, 15, 35, got {answers}")

    def test_undo_removes_the_last_amount(self):
        total = primed(self)
        total.send(10)
        total.send(5)
        corrected = undo(self, total, "after sending 10 and 5, throw(ValueError)")
        hint = " (throw returns the next value the generator yields)"
        if corrected == 5:
            hint = ": the 10 was undone instead; undo removes the most recent amount (pop from the end)"
        elif corrected == 15:
            hint = (": the total did not change. The ValueError was caught, but the 5 was not taken off before the "
                    "coroutine yielded the total again")
        elif corrected == 0:
            hint = ": everything was undone; undo removes only the most recent amount"
        self.assertEqual(corrected, 10, f"undoing the 5 should give 10, got {corrected!r}{hint}")

    def test_keeps_working_after_undo(self):
        total = primed(self)
        total.send(10)
        total.send(5)
        undo(self, total, "after sending 10 and 5, throw(ValueError)")
        answer = send(self, total, 7, "after an undo")
        hint = ""
        if answer == 10:
            hint = " (the 7 was lost)" + (YIELD_IN_EXCEPT if yields_in_except() else "")
        self.assertEqual(answer, 17, f"10, 5, undo, 7 should total 17, got {answer!r}{hint}")

    def test_undo_twice_then_more_than_there_is(self):
        total = primed(self)
        for amount in (1, 2, 4):
            total.send(amount)
        answers = [undo(self, total, f"undo number {n}") for n in (1, 2, 3, 4)]
        hint = " (undoing with nothing left leaves the total unchanged)" if answers[:3] == [3, 1, 0] else ""
        if answers == [3, 3, 3, 3]:
            hint = (": the first undo worked and the next ones changed nothing, as if only the last amount were "
                    "remembered; keep every amount (a list), so that each undo can take the next one off")
        elif any(isinstance(answer, (int, float)) and answer < 0 for answer in answers):
            hint = (": the total went below 0, so an amount was taken off more than once. Each undo takes off a "
                    "different amount, the most recent one not undone yet: keep every amount (a list) and pop() the "
                    "one you undo")
        self.assertEqual(answers, [3, 1, 0, 0],
                         f"1, 2, 4 then four undos should give 3, 1, 0, 0, got {answers}{hint}")

    def test_undo_nothing_leaves_the_total(self):
        total = primed(self)
        corrected = undo(self, total, "undoing before anything was sent")
        self.assertEqual(corrected, 0, f"undoing with nothing sent should leave the total at 0, got {corrected!r}")
        answer = send(self, total, 4, "after an undo with nothing to undo")
        self.assertEqual(answer, 4, f"sending 4 afterwards should give 4, got {answer!r}")

    def test_repeated_amounts(self):
        total = primed(self)
        sent = [send(self, total, amount, "sending 2, 7, 2") for amount in (2, 7, 2)]
        answers = [undo(self, total, f"undo number {n} after sending 2, 7, 2") for n in (1, 2)]
        hint = ""
        if sent[-1] == 9:
            hint = (": the second 2 was not counted, as if the amounts were kept in a set; keep them in a list, "
                    "where repeats stay")
        elif answers == [9, 7] and calls_remove():
            hint = (": the second undo took away the 2 sent first, not the 7: removing an amount by its value "
                    "(remove(x)) finds its first copy; pop the last one from the end instead")
        elif answers == [9, 7]:
            hint = (": the second undo took away a 2 again, not the 7: take each undone amount off your list of "
                    "amounts (pop() it), rather than only reading the last one")
        self.assertEqual(sent + answers, [2, 9, 11, 9, 2],
                         f"sending 2, 7, 2 should give 2, 9, 11, and two undos then 9 (the last 2 undone) and 2 (the "
                         f"7 undone), got {sent} then {answers}{hint}")

    def test_zero_is_an_amount_to_undo(self):
        total = primed(self)
        for amount in (5, 0, 3):
            send(self, total, amount, "sending 5, 0, 3")
        answers = [undo(self, total, f"undo number {n} after sending 5, 0, 3") for n in (1, 2)]
        hint = ""
        if answers == [5, 0]:
            hint = (": the second undo removed the 5, so the 0 was never recorded; 0 is an amount too, and undoing "
                    "it leaves the total unchanged")
        self.assertEqual(answers, [5, 5], f"5, 0, 3 then two undos should give 5 (the 3 undone), then 5 again (the "
                                          f"0 undone), got {answers}{hint}")

    def test_other_exceptions_come_back_out(self):
        total = primed(self)
        total.send(10)
        try:
            answer = total.throw(KeyError("not an undo"))
        except KeyError:
            pass
        except StopIteration:
            self.fail("throw(KeyError) should let the KeyError come back out of throw(), but the coroutine caught "
                      "it and finished quietly (StopIteration): catch only ValueError, and let every other exception "
                      "through")
        else:
            self.fail(f"throw(KeyError) returned {answer!r}; only ValueError means undo: any other exception should "
                      f"come back out of throw() ({why_other_exceptions_are_kept()})")
        with self.assertRaises(StopIteration, msg="after an unhandled exception the coroutine should be finished"):
            next(total)
