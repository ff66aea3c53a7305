import unittest

import grading

# Report what save_all returned in plain data: coroutine objects show up by their type name.
SAVE_ALL = """
import asyncio
store = {}
try:
    saved = await submission.save_all(store, items)
except RuntimeError as error:
    result = {"runtime_error": str(error)}
else:
    if isinstance(saved, (list, tuple)):
        kinds = [item if isinstance(item, str) else type(item).__name__ for item in saved]
        for item in saved:
            if asyncio.iscoroutine(item):
                item.close()
    else:
        kinds = None if saved is None else "a " + type(saved).__name__
    result = {"saved": kinds, "store": dict(store)}
await asyncio.sleep(5)  # let anything still running finish, so the test sees it was late
result["store_later"] = dict(store)
"""

MANY = {key: index for index, key in enumerate(["kiwi", "apple", "mango", "fig", "lime", "date", "plum", "pear"])}


class SaveAllTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def save_all(self, items):
        outcome = grading.run_async(SAVE_ALL, items=items)
        if "runtime_error" in outcome.value:
            self.fail(f"save_all raised RuntimeError({outcome.value['runtime_error']!r}). asyncio.run() starts a "
                      "new event loop and cannot run inside one; inside async def, just await save(...).")
        saved = outcome.value["saved"]
        if saved is None:
            self.fail("save_all returned None: a coroutine that ends without return gives None. Return the list of "
                      "saved keys.")
        if isinstance(saved, str):
            self.fail(f"save_all returned {saved}, expected a list of the saved keys.")
        return outcome

    def test_saves_every_item(self):
        items = {"a": 1, "b": 2, "c": 3}
        outcome = self.save_all(items)
        store, saved = outcome.value["store"], outcome.value["saved"]
        if "coroutine" in saved and store != items:
            self.fail(f"save_all returned {saved!r} and the store stayed {store!r}: each coroutine 'save' was never "
                      "awaited, so none of them ran. Put await in front of save(...).")
        if outcome.value["store_later"] == items and store != items:
            self.fail(f"when save_all returned, the store was only {store!r}; the items arrived later: save_all "
                      "returned before the saves finished. Await the tasks (or gather them).")
        self.assertEqual(store, items, f"after save_all the store was {store!r}, expected every item.")

    def test_returns_the_saved_keys_in_order(self):
        outcome = self.save_all(MANY)
        saved, expected = outcome.value["saved"], list(MANY)
        hint = ""
        if "coroutine" in saved:
            hint = (": those are coroutine objects, not keys. Collect what each awaited save returns, "
                    "key = await save(...)")
        elif sorted(saved) == sorted(expected):
            hint = ": the right keys in another order. Keep the order of items (a set, for one, has no order)"
        self.assertEqual(saved, expected, f"save_all returned {saved!r}, expected the keys {expected!r} that the "
                                          f"awaited save calls return, in the order of items{hint}.")

    def test_leaves_no_coroutine_unawaited(self):
        outcome = self.save_all({"k": 1})
        self.assertEqual(outcome.never_awaited, [],
                         f"Python warned that coroutine {outcome.never_awaited} was never awaited: "
                         "calling an async def function only creates the coroutine; await it.")

    def test_empty_input_saves_nothing(self):
        outcome = self.save_all({})
        self.assertEqual(outcome.value["saved"], [], f"save_all with no items gave {outcome.value['saved']!r}, "
                                                     "expected [].")
