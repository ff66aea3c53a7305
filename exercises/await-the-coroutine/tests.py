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
    kinds = [item if isinstance(item, str) else type(item).__name__ for item in saved]
    for item in saved:
        if asyncio.iscoroutine(item):
            item.close()
    result = {"saved": kinds, "store": dict(store)}
await asyncio.sleep(5)  # let anything still running finish, so the test sees it was late
result["store_later"] = dict(store)
"""


class SaveAllTest(unittest.TestCase):
    def save_all(self, items):
        outcome = grading.run_async(SAVE_ALL, items=items)
        if "runtime_error" in outcome.value:
            self.fail(f"save_all raised RuntimeError({outcome.value['runtime_error']!r}). asyncio.run() starts a "
                      "new event loop and cannot run inside one; inside async def, just await save(...).")
        return outcome

    def test_saves_every_item(self):
        outcome = self.save_all({"a": 1, "b": 2, "c": 3})
        if "coroutine" in outcome.value["saved"]:
            self.fail(f"save_all returned {outcome.value['saved']!r} and the store stayed "
                      f"{outcome.value['store']!r}: each coroutine 'save' was never awaited, so none of them "
                      "ran. Put await in front of save(...).")
        if outcome.value["store_later"] == {"a": 1, "b": 2, "c": 3} and outcome.value["store"] != {"a": 1, "b": 2, "c": 3}:
            self.fail(f"when save_all returned, the store was only {outcome.value['store']!r}; the items arrived "
                      "later: save_all returned before the saves finished. Await the tasks (or gather them).")
        self.assertEqual(outcome.value["store"], {"a": 1, "b": 2, "c": 3},
                         msg=f"after save_all the store was {outcome.value['store']!r}, expected every item.")

    def test_returns_the_saved_keys_in_order(self):
        outcome = self.save_all({"x": 10, "y": 20})
        self.assertEqual(outcome.value["saved"], ["x", "y"],
                         msg=f"save_all returned {outcome.value['saved']!r}, expected the keys ['x', 'y'] that "
                             "the awaited save calls return.")

    def test_leaves_no_coroutine_unawaited(self):
        outcome = self.save_all({"k": 1})
        self.assertEqual(outcome.never_awaited, [],
                         msg=f"Python warned that coroutine {outcome.never_awaited} was never awaited: "
                             "calling an async def function only creates the coroutine; await it.")

    def test_empty_input_saves_nothing(self):
        outcome = self.save_all({})
        self.assertEqual(outcome.value["saved"], [], msg=f"save_all with no items gave {outcome.value['saved']!r}.")
