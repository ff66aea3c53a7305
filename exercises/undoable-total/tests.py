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


def undo(test, total, context):
    """Throw ValueError in; explain the usual ways a coroutine fails to survive it."""
    try:
        return total.throw(ValueError("undo"))
    except ValueError:
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
        self.assertEqual(answer, 17, f"10, 5, undo, 7 should total 17, got {answer!r}")

    def test_undo_twice_then_more_than_there_is(self):
        total = primed(self)
        for amount in (1, 2, 4):
            total.send(amount)
        answers = [undo(self, total, f"undo number {n}") for n in (1, 2, 3, 4)]
        hint = " (undoing with nothing left leaves the total unchanged)" if answers[:3] == [3, 1, 0] else ""
        self.assertEqual(answers, [3, 1, 0, 0],
                         f"1, 2, 4 then four undos should give 3, 1, 0, 0, got {answers}{hint}")

    def test_undo_nothing_leaves_the_total(self):
        total = primed(self)
        corrected = undo(self, total, "undoing before anything was sent")
        self.assertEqual(corrected, 0, f"undoing with nothing sent should leave the total at 0, got {corrected!r}")
        answer = send(self, total, 4, "after an undo with nothing to undo")
        self.assertEqual(answer, 4, f"sending 4 afterwards should give 4, got {answer!r}")

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
        else:
            self.fail(f"throw(KeyError) returned {answer!r}; only ValueError means undo: any other exception should "
                      "come back out of throw() (catch ValueError, not Exception)")
        with self.assertRaises(StopIteration, msg="after an unhandled exception the coroutine should be finished"):
            next(total)
