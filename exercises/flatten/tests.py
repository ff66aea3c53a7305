import unittest

import grading

# Runs in the runner: anything that is not plain data (a generator yielded by mistake) is described by name.
FLATTEN = """
def describe(item):
    if isinstance(item, (int, float, str, bytes, tuple, dict, set, frozenset, type(None))):
        return item
    if isinstance(item, list):
        return [describe(inner) for inner in item]
    return "<" + type(item).__name__ + ">"

def flattened(items):
    produced = submission.flatten(items)
    if isinstance(produced, list):
        return "list"
    return [describe(item) for item in produced]
"""


# Flattens a list the test builds in the runner and reports whether flatten changed it.
LEAVES_ITS_INPUT = """
items = [1, [2, [3]], [], 4]
values = list(submission.flatten(items))
result = [values, items]
"""


def count_leaves(items):
    return sum(count_leaves(item) if isinstance(item, list) else 1 for item in items)


def flattened(test, items):
    try:
        values = grading.run(FLATTEN + f"result = flattened({items!r})")
    except RecursionError:
        test.fail(f"flatten({items!r}) recursed forever (RecursionError): iterating a string gives strings, and a "
                  "one-character string contains itself. Only lists are opened up: test isinstance(item, list)")
    except TypeError as error:
        if "not iterable" not in str(error):
            raise
        test.fail(f"flatten({items!r}) raised TypeError({str(error)!r}): it tried to open up an item that is not a "
                  "list. Only lists are opened up (test isinstance(item, list)); every other item, 0, None and '' "
                  "included, is yielded as it is")
    if values == "list":
        test.fail("flatten returned a list; a generator yields values one at a time (use yield and yield from)")
    if "<generator>" in values:
        test.fail(f"flatten({items!r}) yielded a generator object: {values}. yield flatten(item) yields the "
                  "generator itself; use yield from to hand over its values")
    top_level = [item for item in items if not isinstance(item, list)]
    if values == top_level and count_leaves(items) > len(top_level):
        test.fail(f"flatten({items!r}) yielded {values}: only the top-level items, nothing from inside the nested "
                  "lists. Calling flatten(item) on its own just creates a generator and throws it away: write "
                  "yield from flatten(item) to hand over its values")
    if (any(isinstance(value, list) for value in values)
            and [value for value in values if not isinstance(value, list)] == reference_leaves(items)
            and [value for value in values if isinstance(value, list)] == reference_lists_after(items)):
        test.fail(f"flatten({items!r}) yielded {values}: every item, and then each inner list itself right after its "
                  "contents. The line that yields an item also runs for the lists you have just opened with "
                  "yield from: put it in an else: branch (if it is a list, yield from ...; else: yield item)")
    return values


def reference_leaves(items):
    return [leaf for item in items for leaf in (reference_leaves(item) if isinstance(item, list) else [item])]


def reference_lists_after(items):
    """The inner lists, in the order a flatten with a missing else yields them (each one after its contents)."""
    found = []
    for item in items:
        if isinstance(item, list):
            found.extend(reference_lists_after(item))
            found.append(item)
    return found


class FlattenTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def test_flat_list_stays_the_same(self):
        values = flattened(self, [1, 2, 3])
        self.assertEqual(values, [1, 2, 3], f"flatten([1, 2, 3]) should yield 1, 2, 3, got {values}")

    def test_one_level(self):
        values = flattened(self, [1, [2, 3], 4])
        self.assertEqual(values, [1, 2, 3, 4], f"flatten([1, [2, 3], 4]) should yield 1, 2, 3, 4, got {values}")

    def test_deep_nesting(self):
        items = [1, [2, [3, [4]], 5], [], 6]
        values = flattened(self, items)
        hint = " (flatten the inner lists too: call flatten recursively)" if any(
            isinstance(value, list) for value in values) else ""
        self.assertEqual(values, [1, 2, 3, 4, 5, 6], f"flatten({items}) should yield 1 to 6, got {values}{hint}")

    def test_only_lists_are_opened(self):
        items = ["ab", ["cd", ("e", "f")], "g"]
        values = flattened(self, items)
        self.assertEqual(values, ["ab", "cd", ("e", "f"), "g"],
                         f"flatten({items}) should yield 'ab', 'cd', ('e', 'f'), 'g', got {values}: only lists are "
                         "opened up, strings and tuples are yielded whole")

    def test_other_containers_are_yielded_whole(self):
        items = [{"a": [1]}, [{2, 3}, [range(2)]], b"xy", frozenset([4])]
        values = flattened(self, items)
        expected = [{"a": [1]}, {2, 3}, "<range>", b"xy", frozenset([4])]
        self.assertEqual(values, expected,
                         f"flatten({items}) should yield {expected} (a dict, a set, a range, bytes and a frozenset, "
                         f"each whole), got {values}: only lists are opened up. Test isinstance(item, list), not "
                         "whether the item is iterable")

    def test_repeats_are_kept(self):
        items = [1, [1, [2, 1]], "a", ["a"]]
        values = flattened(self, items)
        expected = [1, 1, 2, 1, "a", "a"]
        hint = (": an item equal to one already yielded is missing; yield every item, repeats included"
                if len(values) < len(expected) and set(values) == set(expected) else "")
        self.assertEqual(values, expected, f"flatten({items}) should yield {expected}, got {values}{hint}")

    def test_leaves_the_list_as_it_was(self):
        values, items = grading.run(LEAVES_ITS_INPUT)
        self.assertEqual(items, [1, [2, [3]], [], 4],
                         f"after list(flatten(items)) with items = [1, [2, [3]], [], 4], items had become {items} "
                         f"(flatten yielded {values}): flatten must leave the caller's list as it was. Loop over it, "
                         "or work on a copy (a stack of your own), instead of popping from it")

    def test_falsy_items_are_yielded_too(self):
        items = [0, [None, [""]], [], False, [[0.0]]]
        values = flattened(self, items)
        expected = [0, None, "", False, 0.0]
        missing = [item for item in expected if item not in values]
        if any(isinstance(value, list) for value in values):
            hint = " (flatten the inner lists too: call flatten recursively)"
        elif [item for item in missing if item != ""]:
            hint = ": 0, None and '' are items too; only an empty list has nothing to yield"
        elif missing:
            hint = ": the empty string '' was opened up like a list (and has nothing inside); only lists are opened up"
        elif len(values) < len(expected):
            hint = (": an item equal to one already yielded (False == 0 == 0.0) is missing; yield every item, repeats "
                    "included")
        else:
            hint = ""
        self.assertEqual(values, expected, f"flatten({items}) should yield {expected}, got {values}{hint}")

    def test_empty_lists_yield_nothing(self):
        values = flattened(self, [[], [[]], [[], [[]]]])
        self.assertEqual(values, [], f"lists of empty lists hold nothing to yield, got {values} (flatten the inner "
                                     "lists too: call flatten recursively)")

    def test_is_a_generator_function(self):
        self.assertEqual(grading.kind_of("flatten"), "generator function", "flatten should be a generator function (use yield and yield from); a "
                                      "generator yields values one at a time")
