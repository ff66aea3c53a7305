import unittest

import grading

# Report what save_all returned in plain data: coroutine objects show up by their type name.
SAVE_ALL = """
import asyncio
store = dict(store)
if slow:
    # The same save, on a slower day: one key takes 3 s, the others 0.5 s. save_all must wait for every save
    # it started, however long each one takes.
    original_save = submission.save

    async def slower_save(store, key, value):
        await asyncio.sleep(3 if key == slow else 0)
        return await original_save(store, key, value)

    submission.save = slower_save
try:
    saved = await submission.save_all(store, items)
except RuntimeError as error:
    result = {"runtime_error": str(error)}
except asyncio.InvalidStateError as error:
    result = {"invalid_state": str(error)}
except ValueError as error:
    if "unpack" not in str(error):
        raise
    result = {"unpack_error": str(error)}
else:
    if isinstance(saved, (list, tuple)):
        kinds = [item if item is None or isinstance(item, (str, int, float))
                 else f"<{type(item).__name__} object>" for item in saved]
        for item in saved:
            if asyncio.iscoroutine(item):
                item.close()
    else:
        kinds = None if saved is None else "a " + type(saved).__name__
    result = {"saved": kinds, "store": dict(store), "type": type(saved).__name__}
await asyncio.sleep(5)  # let anything still running finish, so the test sees it was late
result["store_later"] = dict(store)
if slow:
    submission.save = original_save
"""

MANY = {key: index for index, key in enumerate(["kiwi", "apple", "mango", "fig", "lime", "date", "plum", "pear"])}


class SaveAllTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def save_all(self, items, store=None, slow=None):
        outcome = grading.run_async(SAVE_ALL, items=items, store=store or {}, slow=slow)
        if "runtime_error" in outcome.value:
            error = outcome.value["runtime_error"]
            if "already running" in error:
                cause = ("loop.run_until_complete() (like asyncio.run()) drives the loop until a coroutine is done, "
                         "and this loop is already running: it is the one running save_all")
            else:
                cause = "asyncio.run() starts a new event loop and cannot run inside one"
            self.fail(f"save_all raised RuntimeError({error!r}). {cause}; inside async def, just await "
                      "save(...).")
        if "invalid_state" in outcome.value:
            self.fail(f"save_all read a task's result before the task had finished (InvalidStateError: "
                      f"{outcome.value['invalid_state']}). Creating a task starts it, but the save takes time: await "
                      "each task (or await asyncio.gather(*tasks)) before you read its result.")
        if "unpack_error" in outcome.value:
            self.fail(f"save_all raised ValueError({outcome.value['unpack_error']!r}) while unpacking: looping over a "
                      "dict gives its keys only. Loop over items.items() to get each key with its value.")
        saved = outcome.value["saved"]
        if saved is None:
            self.fail("save_all returned None: a coroutine that ends without return gives None. Return the list of "
                      "saved keys.")
        if isinstance(saved, str):
            hint = ""
            if saved.endswith("Future") or saved.endswith("Task"):
                hint = (": asyncio.gather(...) and asyncio.create_task(...) hand back a future at once; await it to "
                        "get the results, keys = await asyncio.gather(...)")
            elif saved.endswith("generator"):
                hint = ": a generator expression is not a list; build the list, [... for ...] or list(...)"
            self.fail(f"save_all returned {saved}, expected a list of the saved keys{hint}.")
        return outcome

    def test_returns_a_list(self):
        outcome = self.save_all({"a": 1, "b": 2})
        kind = outcome.value["type"]
        self.assertEqual(kind, "list",
                         f"save_all returned a {kind} of the keys {tuple(outcome.value['saved'])!r}, expected a list "
                         "(the prompt asks for the list of saved keys): build a list; gather already returns one.")

    def test_saves_every_item(self):
        items = {"a": 1, "b": 2, "c": 3}
        outcome = self.save_all(items)
        store, saved = outcome.value["store"], outcome.value["saved"]
        if any("coroutine" in str(item) for item in saved) and store != items:
            self.fail(f"save_all returned {saved!r} and the store stayed {store!r}: each coroutine 'save' was never "
                      "awaited, so none of them ran. Put await in front of save(...).")
        if outcome.value["store_later"] == items and store != items:
            self.fail(f"when save_all returned, the store was only {store!r}; the items arrived later: save_all "
                      "returned before the saves finished. Await the tasks (or gather them).")
        hint = ""
        if saved == ["a"] and store == {"a": 1}:
            hint = (" save_all returned after the first save: the return is inside the loop; move it after the "
                    "loop.")
        self.assertEqual(store, items, f"after save_all the store was {store!r}, expected every item.{hint}")

    def test_returns_the_saved_keys_in_order(self):
        outcome = self.save_all(MANY)
        saved, expected = outcome.value["saved"], list(MANY)
        hint = ""
        if any("coroutine" in str(item) for item in saved):
            hint = (": those are coroutine objects, not keys. Collect what each awaited save returns, "
                    "key = await save(...)")
        elif saved and all(item == "<Task object>" for item in saved) and outcome.value["store"] == MANY:
            hint = (": those are the Task objects themselves. The saves ran, but return their results: "
                    "keys = await asyncio.gather(*tasks) (or task.result() for each finished task)")
        elif saved == [key for key, value in MANY.items() if value]:
            hint = (": the key 'kiwi', whose value is 0, is missing. 0 is a value like any other: save every item, "
                    "without skipping falsy values")
        elif saved == expected[::-1]:
            hint = (": the keys in reverse order. dict.popitem() takes the last item first (and empties the "
                    "caller's dict): loop over items.items() instead")
        elif saved == sorted(expected):
            hint = ": the keys sorted alphabetically. Keep the order of items; do not sort them"
        elif saved == list(MANY.values()):
            hint = ": those are the values. Return the keys, which is what each awaited save returns"
        elif saved == expected[:1]:
            hint = (": only the first key. save_all returned after the first save: the return is inside the "
                    "loop; move it after the loop")
        elif all(isinstance(item, str) for item in saved) and sorted(saved) == sorted(expected):
            hint = ": the right keys in another order. Keep the order of items (a set, for one, has no order)"
        self.assertEqual(saved, expected, f"save_all returned {saved!r}, expected the keys {expected!r} that the "
                                          f"awaited save calls return, in the order of items{hint}.")

    def test_returns_only_the_keys_it_saved(self):
        items = {"x": 1, "y": 2, "z": 3}
        outcome = self.save_all(items, store={"old": 0, "y": 9})
        saved, store = outcome.value["saved"], outcome.value["store"]
        hint = ""
        if saved == list(store):
            hint = (": that is every key in the store, including the one that was there before. Return what each "
                    "awaited save returns instead of reading the store")
        elif saved == [key for key in store if key in items] and sorted(map(str, saved)) == sorted(items):
            hint = (": the keys in the order the store holds them ('y' was there before). Return what each awaited "
                    "save returns, in the order of items, instead of reading the store")
        elif isinstance(saved, list) and sorted(map(str, saved)) == sorted(items):
            hint = ": the right keys in another order. Keep the order of items"
        elif saved and all(item == "<Task object>" for item in saved):
            hint = ": those are Task objects, not keys. Return what each awaited task gives"
        self.assertEqual(saved, list(items), f"with a store that already held {{'old': 0, 'y': 9}}, save_all "
                                             f"returned {saved!r}, expected only the keys of items, "
                                             f"{list(items)!r}{hint}.")
        self.assertEqual({key: store.get(key) for key in items}, items,
                         f"after save_all the store was {store!r}, expected it to hold every item of {items!r}.")

    def test_waits_for_a_slow_save(self):
        items = {"a": 1, "slow": 2, "c": 3}
        outcome = self.save_all(items, slow="slow")
        store = outcome.value["store"]
        hint = ""
        source = grading.source()
        if outcome.value["store_later"] != items and ("wait_for" in source or "timeout" in source):
            hint = (": the slow save was cut off. asyncio.wait_for(..., timeout=...) (or asyncio.timeout) cancels a "
                    "save that takes longer than the time you guessed; await save(...) without a time limit")
        elif outcome.value["store_later"] == items:
            hint = (": the missing ones arrived later, so save_all returned before every save had finished. Await "
                    "each save (or gather them) instead of sleeping for a time you guessed")
        self.assertEqual(store, items, f"with a save that takes 3 s for the key 'slow', the store held {store!r} "
                                       f"when save_all returned, expected every item{hint}.")

    def test_leaves_no_coroutine_unawaited(self):
        outcome = self.save_all({"k": 1})
        self.assertEqual(outcome.never_awaited, [],
                         f"Python warned that coroutine {outcome.never_awaited} was never awaited: "
                         "calling an async def function only creates the coroutine; await it.")

    def test_empty_input_saves_nothing(self):
        outcome = self.save_all({})
        self.assertEqual(outcome.value["saved"], [], f"save_all with no items gave {outcome.value['saved']!r}, "
                                                     "expected [].")
