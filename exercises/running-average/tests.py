import unittest

import grading
from submission import averager


def started_averager(test):
    avg = averager()
    test.assertEqual(grading.type_name(avg), "generator",
                     f"averager() should return a generator (a function with yield), got a {grading.type_name(avg)}")
    next(avg)
    return avg


def feed(test, avg, numbers):
    """Send the numbers one by one; a None answer means the averager yields twice per number."""
    answers = []
    for number in numbers:
        try:
            answers.append(avg.send(number))
        except StopIteration:
            test.fail(f"the averager finished after {answers}: keep going forever (while True)")
        except ZeroDivisionError:
            test.fail(f"sending {number!r} (after {answers!r}) raised ZeroDivisionError: the averager divided by a "
                      "count of 0. Count each number before dividing: the count starts at 0 and is 1 once the first "
                      "number has arrived")
    if None in answers:
        test.fail(f"sending {numbers} gave {answers}: every send should return the new average (use a single "
                  "yield per number: number = yield average)")
    return answers


class AveragerTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_first_number_is_its_own_average(self):
        avg = started_averager(self)
        answers = feed(self, avg, [10])
        hint = ""
        if answers[0] == 5:
            hint = (": half of 10, as if a 0 had been counted too. Check that the count starts at 0 (not 1) and "
                    "that the average is not mixed with a starting value of 0")
        self.assertAlmostEqual(answers[0], 10.0,
                               msg=f"after sending 10 the average is 10.0, got {answers[0]!r}{hint}")

    def test_running_average(self):
        avg = started_averager(self)
        answers = feed(self, avg, [10, 20, 5, 45])
        expected = [10.0, 15.0, 35 / 3, 20.0]
        halved = [10.0, 15.0, 10.0, 27.5]
        hint = ""
        if answers == [10, 20, 5, 45]:
            hint = (": each answer is just the number sent, so nothing adds up between sends. Set total and count "
                    "once, before the loop, not inside it")
        elif all(abs(got - want) < 1e-9 for got, want in zip(answers, halved)):
            hint = (": each answer is the mean of the previous average and the new number, not the average of all "
                    "the numbers so far (keep a total and a count)")
        elif answers[2] != expected[2] and any(answers[2] == round(expected[2], k) for k in range(5)):
            hint = ": 11.666... came back rounded; hand out total / count as it is, without round()"
        for got, want in zip(answers, expected):
            self.assertAlmostEqual(got, want,
                                   msg=f"sending 10, 20, 5, 45 should give {expected}, got {answers}{hint}")

    def test_zero_counts_as_a_number(self):
        avg = started_averager(self)
        answers = feed(self, avg, [10, 0, 20, 0])
        expected = [10.0, 5.0, 10.0, 7.5]
        hint = ""
        if answers[1:2] == [10.0]:
            hint = ": 0 is a number too; sending it changes the average (test `is None`, never the number's truth)"
        for got, want in zip(answers, expected):
            self.assertAlmostEqual(got, want,
                                   msg=f"sending 10, 0, 20, 0 should give {expected}, got {answers}{hint}")

    def test_true_division(self):
        avg = started_averager(self)
        answers = feed(self, avg, [1, 2])
        hint = ": use / (true division), not //" if answers == [1, 1] else ""
        self.assertAlmostEqual(answers[1], 1.5, msg=f"the average of 1 and 2 is 1.5, got {answers[1]!r}{hint}")

    def test_answers_are_floats(self):
        avg = started_averager(self)
        answers = feed(self, avg, [4, 6])
        self.assertTrue(all(isinstance(answer, float) for answer in answers),
                        f"the averages of 4 and then 4, 6 should be the floats [4.0, 5.0], got {answers!r}: "
                        "total / count always gives a float, but // and statistics.mean keep whole averages of "
                        "ints as ints; divide with /, or use statistics.fmean")

    def test_each_averager_keeps_its_own_numbers(self):
        first = started_averager(self)
        feed(self, first, [100, 200])
        second = started_averager(self)
        answers = feed(self, second, [1])
        self.assertAlmostEqual(answers[0], 1.0,
                               msg=f"a fresh averager sent 1 should answer 1.0, got {answers[0]!r}: each averager "
                                   "keeps its own numbers (keep total and count as local variables inside the "
                                   "generator, not globals or a default argument such as numbers=[])")
        more = feed(self, first, [300])
        self.assertAlmostEqual(more[0], 200.0,
                               msg=f"the first averager (100, 200, 300) should now answer 200.0, got {more[0]!r}")

    def test_many_numbers_fractions_included(self):
        avg = started_averager(self)
        numbers = [2.5, 4, 0.5, 7, 1.25] + list(range(1, 21))
        answers = feed(self, avg, numbers)
        total = 0.0
        for index, (number, got) in enumerate(zip(numbers, answers)):
            total += number
            want = total / (index + 1)
            if abs(got - want) > 1e-9:
                sent = ", ".join(repr(n) for n in numbers[:index + 1])
                if index >= 10 and all(abs(a - b) < 1e-9 for a, b in zip(answers[:10], self._means(numbers[:10]))):
                    hint = (f": the first {index} answers were right, so the averager forgets old numbers (a deque with "
                            "maxlen, or a list cut to its last few); the average is of all the numbers so far")
                elif got == round(got, 2) and abs(got - want) < 0.01:
                    hint = ": it looks rounded; hand out total / count as it is, without round()"
                elif index == 0 and got == int(number):
                    hint = (f": {number!r} became {int(number)!r}, so the fraction was cut off (int(...)); numbers "
                            "need not be whole, add them as they are")
                else:
                    hint = ""
                self.fail(f"after sending {sent}, the average should be {want!r}, got {got!r}{hint}")

    @staticmethod
    def _means(numbers):
        means, total = [], 0.0
        for index, number in enumerate(numbers):
            total += number
            means.append(total / (index + 1))
        return means
