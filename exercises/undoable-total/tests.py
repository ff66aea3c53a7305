import ast
import unittest

import grading
from submission import totaller


def primed(test):
    total = totaller()
    test.assertEqual(grading.type_name(total), "generator",
                     f"totaller() should return a generator, got a {grading.type_name(total)}")
    first = next(total)
    test.assertEqual(first, 0, f"priming should return the starting total 0, got {first!r}")
    return total


def yields_in_except():
    """Whether the learner's totaller has a yield inside an except block (read from the source, never run)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.FunctionDef) and node.name == "totaller":
            return any(isinstance(inner, (ast.Yield, ast.YieldFrom))
                       for handler in ast.walk(node) if isinstance(handler, ast.ExceptHandler)
                       for inner in ast.walk(handler))
    return False


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
        test.fail(f"{context}: the ValueError came straight back out of throw(); catch ValueError around the yield "
                  "(try/except inside the loop) and undo the last amount")
    except StopIteration:
        test.fail(f"{context}: the coroutine finished after the ValueError; keep the try inside the loop so it "
                  "goes back to the yield")


def send(test, total, amount, context):
    try:
        return total.send(amount)
    except StopIteration:
        test.fail(f"{context}: the coroutine had already finished when {amount} was sent; keep the try inside the "
                  "loop so it survives an undo")


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
            total.send(amount)
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
                      "come back out of throw() (catch ValueError, not Exception)")
        with self.assertRaises(StopIteration, msg="after an unhandled exception the coroutine should be finished"):
            next(total)
