import unittest

import grading

GENERATORS = """
received = []
cleaned = []

def adder():
    total = 0
    while True:
        x = yield
        received.append(x)
        if x is None:
            return total
        total += x

def quick():
    return "early"
    yield

def echo():
    try:
        while True:
            received.append((yield))
    finally:
        cleaned.append("echo")

states, returned = submission.drive(make(), values)
result = [list(states), returned, received, cleaned]
"""

PAIRS = """
import itertools
pulled = []

def source(items):
    for item in items:
        pulled.append(item)
        yield item

made = submission.pairs(source(items))
result = [list(itertools.islice(made, limit)), len(pulled)]
"""

C, S, X = "GEN_CREATED", "GEN_SUSPENDED", "GEN_CLOSED"


class DriveTest(unittest.TestCase):
    longMessage = False

    def drive(self, make, values):
        return grading.run(GENERATORS.replace("make()", make + "()"), values=values)

    def test_stops_sending_when_the_generator_returns(self):
        states, returned, received, _ = self.drive("adder", [2, 3, None, 10])
        if len(received) > 3:
            self.fail(f"drive sent {received}: it kept sending after the generator finished on None. Stop at the "
                      "first StopIteration.")
        hint = ""
        if len(states) > 5:
            hint = " drive kept sending after the generator finished: stop at the first StopIteration."
        self.assertEqual(states, [C, S, S, S, X], msg=f"drive(adder(), [2, 3, None, 10]) recorded {states}, "
                                                      f"expected {[C, S, S, S, X]}.{hint}")
        self.assertEqual(returned, 5, msg=f"drive returned {returned!r} as the generator's return value, expected 5: "
                                          "the value of the StopIteration that ended it (stop.value).")

    def test_a_return_value_of_zero(self):
        states, returned, _, _ = self.drive("adder", [0, None])
        self.assertEqual([states, returned], [[C, S, S, X], 0],
                         msg=f"drive(adder(), [0, None]) gave ({states}, {returned!r}), expected ({[C, S, S, X]}, 0): "
                             "the generator returned 0.")

    def test_a_generator_that_finishes_while_primed(self):
        states, returned, _, _ = self.drive("quick", [1, 2])
        self.assertEqual([states, returned], [[C, X], "early"],
                         msg=f"drive(quick(), [1, 2]) with a generator that returns 'early' before its first yield "
                             f"gave ({states}, {returned!r}), expected ({[C, X]}, 'early'). The generator can finish "
                             "during next(gen): catch that StopIteration too.")

    def test_closes_a_generator_that_is_still_running(self):
        states, returned, received, cleaned = self.drive("echo", [1, 0])
        hint = ""
        if cleaned == [] or (states and states[-1] == S):
            hint = " The generator was left suspended: once every value is sent, close it with gen.close()."
        self.assertEqual(states, [C, S, S, S, X], msg=f"drive(echo(), [1, 0]) recorded {states}, expected "
                                                      f"{[C, S, S, S, X]}.{hint}")
        self.assertEqual(received, [1, 0], msg=f"echo received {received}, expected [1, 0].")
        self.assertIsNone(returned, msg=f"drive returned {returned!r} for a generator it had to close, expected None.")

    def test_no_values(self):
        states, returned, _, _ = self.drive("adder", [])
        self.assertEqual([states, returned], [[C, S, X], None],
                         msg=f"drive(adder(), []) gave ({states}, {returned!r}), expected ({[C, S, X]}, None): "
                             "primed, then closed.")


class PairsTest(unittest.TestCase):
    longMessage = False

    def pairs(self, items, limit=20):
        return grading.run(PAIRS, items=items, limit=limit)

    def test_drops_a_last_odd_item(self):
        got, _ = self.pairs([1, 2, 3, 4, 5])
        hint = " The last, odd item has no partner: drop it." if len(got) == 3 else ""
        self.assertEqual(got, [(1, 2), (3, 4)], msg=f"pairs([1, 2, 3, 4, 5]) gave {got}, expected [(1, 2), (3, 4)].{hint}")

    def test_even_count_and_falsy_items(self):
        got, _ = self.pairs([0, None, "", 0, False, 7])
        expected = [(0, None), ("", 0), (False, 7)]
        self.assertEqual(got, expected, msg=f"pairs([0, None, '', 0, False, 7]) gave {got}, expected {expected}: "
                                            "0, None and '' are items like any other.")

    def test_no_items(self):
        got, _ = self.pairs([])
        self.assertEqual(got, [], msg=f"list(pairs([])) gave {got}, expected [].")

    def test_pulls_only_what_it_needs(self):
        got, pulled = self.pairs(list(range(1000)), limit=3)
        self.assertEqual(got, [(0, 1), (2, 3), (4, 5)], msg=f"the first three pairs of 0, 1, 2, ... were {got}, "
                                                            "expected [(0, 1), (2, 3), (4, 5)].")
        self.assertLessEqual(pulled, 6, msg=f"for three pairs, pairs pulled {pulled} items from its source, expected "
                                            "6: pull items one at a time with next() on an iterator instead of "
                                            "reading the whole iterable first (it may be endless).")
