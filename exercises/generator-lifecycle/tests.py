import ast
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

def stops():
    yield
    return

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
CLOSED_TWICE = (" GEN_CLOSED was recorded more than once: stop at the first StopIteration, and close only a generator "
                "that is still suspended.")


def states_hint(states, expected):
    """A hint that fits how the recorded states differ from the expected ones ("" when nothing proves a cause)."""
    if states[-2:] == [X, X]:
        return CLOSED_TWICE
    if len(states) > len(expected) and states[-len(expected):] == expected:
        return (" The list ends with the right states but starts with those of earlier calls of drive: the list "
                "outlives the call (a module-level list, or a default argument). Create states = [] inside drive.")
    if states == expected[:-1]:
        return (" The last state, GEN_CLOSED, is missing: once the generator has finished (the StopIteration you "
                "caught) or been closed, record its state once more.")
    deduplicated = [state for index, state in enumerate(expected) if index == 0 or expected[index - 1] != state]
    if states == deduplicated and states != expected:
        return (" Each state was recorded only when it changed: record the state after priming and after every "
                "send, even when it is the same as before.")
    return ""


def returned_hint(returned):
    """A hint when drive handed back the StopIteration itself rather than its value."""
    if isinstance(returned, grading.Handle) and grading.type_name(returned) == "StopIteration":
        return (" drive returned the StopIteration exception itself: the generator's return value is its .value "
                "(return stop.value).")
    return ""


def source_names():
    """Every name, attribute and imported name in the learner's source (read, never run)."""
    names = set()
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.name)
    return names


class DriveTest(unittest.TestCase):
    longMessage = False

    def drive(self, make, values):
        return grading.run(GENERATORS.replace("make()", make + "()"), values=values)

    def test_stops_sending_when_the_generator_returns(self):
        states, returned, received, _ = self.drive("adder", [2, 3, None, 10])
        if len(received) > 3:
            self.fail(f"drive sent {received}: it kept sending after the generator finished on None. Stop at the "
                      "first StopIteration.")
        if received == [2, 3]:
            self.fail("drive(adder(), [2, 3, None, 10]) sent 2 and 3 and then stopped, before the None: None is one "
                      "of the values to send like any other (adder finishes when it receives it). Send every value "
                      "in turn and stop only when the generator finishes.")
        hint = ""
        if states[-2:] == [X, X]:
            hint = (" GEN_CLOSED was recorded more than once: drive went on after the generator had finished (it "
                    "sent the remaining values, or closed it again) and recorded each time. Once a StopIteration says "
                    "it finished, return straight away, sending nothing more; close only a generator that is still "
                    "suspended.")
        else:
            hint = states_hint(states, [C, S, S, S, X])
            if not hint and len(states) > 5:
                hint = " drive recorded more states than it made steps: record once after priming and once per send."
        self.assertEqual(states, [C, S, S, S, X], msg=f"drive(adder(), [2, 3, None, 10]) recorded {states}, "
                                                      f"expected {[C, S, S, S, X]}.{hint}")
        self.assertEqual(returned, 5, msg=f"drive returned {returned!r} as the generator's return value, expected 5: "
                                          "the value of the StopIteration that ended it (stop.value)."
                                          f"{returned_hint(returned)}")

    def test_a_return_value_of_zero(self):
        states, returned, received, _ = self.drive("adder", [0, None])
        hint = states_hint(states, [C, S, S, X]) or returned_hint(returned)
        if not hint and received == [0]:
            hint = " drive never sent the None: None is a value to send like any other."
        self.assertEqual([states, returned], [[C, S, S, X], 0],
                         msg=f"drive(adder(), [0, None]) gave ({states}, {returned!r}), expected ({[C, S, S, X]}, 0): "
                             f"the generator returned 0.{hint}")

    def test_a_generator_that_finishes_while_primed(self):
        states, returned, _, _ = self.drive("quick", [1, 2])
        hint = states_hint(states, [C, X]) or returned_hint(returned)
        self.assertEqual([states, returned], [[C, X], "early"],
                         msg=f"drive(quick(), [1, 2]) with a generator that returns 'early' before its first yield "
                             f"gave ({states}, {returned!r}), expected ({[C, X]}, 'early'): the generator can finish "
                             f"during next(gen).{hint}")

    def test_closes_a_generator_that_is_still_running(self):
        states, returned, received, cleaned = self.drive("echo", [1, 0])
        hint = ""
        if cleaned == [] or (states and states[-1] == S):
            hint = " The generator was left suspended: once every value is sent, close it with gen.close()."
        else:
            hint = states_hint(states, [C, S, S, S, X])
        self.assertEqual(states, [C, S, S, S, X], msg=f"drive(echo(), [1, 0]) recorded {states}, expected "
                                                      f"{[C, S, S, S, X]}.{hint}")
        self.assertEqual(received, [1, 0], msg=f"echo received {received}, expected [1, 0].")
        self.assertIsNone(returned, msg=f"drive returned {returned!r} for a generator it had to close, expected None.")

    def test_a_bare_return(self):
        try:
            states, returned, _, _ = self.drive("stops", [1, 2])
        except IndexError as error:
            hint = (" stop.args[0] fails there, because such a StopIteration has no args: use stop.value, which is "
                    "None then." if "args" in source_names() else " Read the return value from stop.value.")
            self.fail(f"drive(stops(), [1, 2]) should give ({[C, S, X]}, None) for a generator that ends with a bare "
                      f"return, but drive raised IndexError ({error}).{hint}")
        self.assertEqual([states, returned], [[C, S, X], None],
                         msg=f"drive(stops(), [1, 2]) should give ({[C, S, X]}, None) for a generator that ends with a "
                             f"bare return on the first send, got ({states}, {returned!r})."
                             f"{states_hint(states, [C, S, X]) or returned_hint(returned)}")

    def test_reads_the_states_with_inspect(self):
        self.assertIn("getgeneratorstate", source_names(),
                      msg="drive should record what inspect.getgeneratorstate(gen) reports at each step (step 1 of "
                          "the task), but your code never calls it: write states.append(inspect.getgeneratorstate(gen)) "
                          "instead of writing the state names yourself.")

    def test_no_values(self):
        states, returned, _, _ = self.drive("adder", [])
        self.assertEqual([states, returned], [[C, S, X], None],
                         msg=f"drive(adder(), []) gave ({states}, {returned!r}), expected ({[C, S, X]}, None): "
                             f"primed, then closed.{states_hint(states, [C, S, X])}")


class PairsTest(unittest.TestCase):
    longMessage = False

    def pairs(self, items, limit=20):
        try:
            return grading.run(PAIRS, items=items, limit=limit)
        except TypeError as error:
            if "not subscriptable" not in str(error):
                raise
            self.fail(f"pairs sliced or indexed its iterable ({error}), but an iterable such as a generator, or an "
                      "endless one, has no indexes: call iter(iterable) once and take the two items of each pair "
                      "from it with next()")

    def test_drops_a_last_odd_item(self):
        got, _ = self.pairs([1, 2, 3, 4, 5])
        hint = " The last, odd item has no partner: drop it." if len(got) == 3 else ""
        if got and all(isinstance(pair, list) for pair in got):
            hint = " Each pair should be a tuple, (a, b), not a list [a, b]."
        self.assertEqual(got, [(1, 2), (3, 4)], msg=f"pairs([1, 2, 3, 4, 5]) gave {got}, expected [(1, 2), (3, 4)].{hint}")

    def test_even_count_and_falsy_items(self):
        got, _ = self.pairs([0, None, "", 0, False, 7])
        expected = [(0, None), ("", 0), (False, 7)]
        self.assertEqual(got, expected, msg=f"pairs([0, None, '', 0, False, 7]) gave {got}, expected {expected}: "
                                            "0, None and '' are items like any other.")

    def test_a_plain_list_and_a_string(self):
        got = grading.run("result = [list(submission.pairs([1, 2, 3, 4, 5])), list(submission.pairs('abcd'))]")
        expected = [[(1, 2), (3, 4)], [("a", "b"), ("c", "d")]]
        hint = ""
        if got[0][:1] == [(1, 1)]:
            hint = (" Each pair holds one item twice: zip(iterable, iterable) on a list makes two separate "
                    "iterators. Call iter(iterable) once and take both items of a pair from that one iterator.")
        self.assertEqual(got, expected,
                         msg=f"pairs should work on any iterable: on the list [1, 2, 3, 4, 5] it should give "
                             f"{expected[0]} and on the string 'abcd' {expected[1]}, got {got[0]} and {got[1]}.{hint}")

    def test_no_items(self):
        got, _ = self.pairs([])
        self.assertEqual(got, [], msg=f"list(pairs([])) gave {got}, expected [].")

    def test_pulls_only_what_it_needs(self):
        got, pulled = self.pairs(list(range(1000)), limit=3)
        self.assertEqual(got, [(0, 1), (2, 3), (4, 5)], msg=f"the first three pairs of 0, 1, 2, ... were {got}, "
                                                            "expected [(0, 1), (2, 3), (4, 5)].")
        if 6 < pulled < 1000:
            self.fail(f"for three pairs, pairs pulled {pulled} items from its source, expected 6: it read "
                      f"{pulled - 6} more than those pairs need. Yield each pair as soon as it has its two items, "
                      "before reading any further.")
        self.assertLessEqual(pulled, 6, msg=f"for three pairs, pairs pulled {pulled} items from its source, expected "
                                            "6: pull items one at a time with next() on an iterator instead of "
                                            "reading the whole iterable first (it may be endless).")
