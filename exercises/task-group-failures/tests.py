import ast
import unittest

import grading

# A fake fetch: "/name:seconds" returns "page /name:seconds"; ":value" or ":key" at the end makes it raise
# ValueError("bad <url>") or KeyError(<url>) after the delay, and ":empty" makes it return the empty page "".
# Starts, ends and cancellations are recorded.
FETCH = """
async def fetch(url):
    parts = url.split(":")
    record("start " + url)
    try:
        await asyncio.sleep(float(parts[1]))
    except asyncio.CancelledError:
        record("cancelled " + url)
        raise
    record("end " + url)
    if parts[2:] == ["value"]:
        raise ValueError("bad " + url)
    if parts[2:] == ["key"]:
        raise KeyError(url)
    if parts[2:] == ["empty"]:
        return ""
    return "page " + url
"""

FETCH_ALL = FETCH + """
result = None
try:
    value = await submission.fetch_all(fetch, urls)
    returned_at = now()
    await asyncio.sleep(10)  # fetches left running show up as ends after the return
    result = ["returned", list(value) if isinstance(value, (list, tuple)) else type(value).__name__,
              type(value).__name__, returned_at]
except BaseException as error:
    # a plain except, not except*: except* would wrap a plain exception in an ExceptionGroup of its own
    group = error if isinstance(error, BaseExceptionGroup) else None
    if isinstance(error, KeyError) or group is not None and group.subgroup(KeyError) is not None:
        result = ["raised KeyError", 0, "", now()]  # a ValueError beside it does not matter here
    elif isinstance(error, asyncio.InvalidStateError) or (
            group is not None and group.subgroup(asyncio.InvalidStateError) is not None):
        result = ["raised InvalidStateError", 0, "", now()]
    elif group is not None:
        result = ["raised " + type(group).__name__ + ": " + repr(group.exceptions[0]), 0, "", now()]
    else:
        raise  # a plain error of the learner's code: the checker explains it with their lines
"""

FETCH_EACH = FETCH + """
try:
    value = await submission.fetch_each(fetch, urls)
    if isinstance(value, list):
        result = [v if isinstance(v, str) else "an object of type " + type(v).__name__ for v in value]
    else:
        result = "a " + type(value).__name__
except Exception as error:
    result = "raised " + type(error).__name__ + ": " + str(error)
"""


def uses_a_task_group():
    """Whether the learner's code names asyncio.TaskGroup (read with ast: comments do not count)."""
    return any(isinstance(node, ast.Attribute) and node.attr == "TaskGroup"
               or isinstance(node, ast.Name) and node.id == "TaskGroup"
               for node in ast.walk(ast.parse(grading.source())))


def calls(*names):
    """Whether the learner's code calls a function or method of one of these names (read with ast)."""
    return any(isinstance(node, ast.Call) and (isinstance(node.func, ast.Attribute) and node.func.attr in names
                                               or isinstance(node.func, ast.Name) and node.func.id in names)
               for node in ast.walk(ast.parse(grading.source())))


def catches_plain_value_error():
    """Whether the learner's code has a plain `except ValueError` (not except*)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            types = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if any(isinstance(t, ast.Name) and t.id == "ValueError" for t in types):
                return True
    return False


def gathers_in_the_group():
    """Whether the fetches run through gather rather than as tasks of the group."""
    return uses_a_task_group() and calls("gather") and not calls("create_task")


GATHER_IN_THE_GROUP = (" The fetches are not tasks of the group: asyncio.gather inside async with TaskGroup() runs "
                       "them on its own, and it raises only the first error and cancels nothing. Start each fetch "
                       "with group.create_task(fetch(url)).")


def gave(what, value):
    return what if what.startswith("raised") else f"{what} {value!r}"


def cancelled(outcome):
    return sorted(label.split(" ", 1)[1] for _, label in outcome.events if label.startswith("cancelled"))


class FetchAllTest(unittest.TestCase):
    longMessage = False

    def run_all(self, urls):
        outcome = grading.run_async(FETCH_ALL, urls=urls)
        what, value, kind, returned_at = outcome.value
        if what == "raised InvalidStateError":
            if calls("ensure_future") or grading.source().count("asyncio.create_task"):
                why = ("the TaskGroup did not wait for it. A TaskGroup waits only for the tasks made with "
                       "group.create_task(...), not asyncio.create_task(...)")
            else:
                why = ("a TaskGroup waits for its tasks when the async with block ends, so a result read inside the "
                       "block is not there yet: read task.result() after the block")
            self.fail(f"fetch_all(fetch, {urls}) asked a fetch that had not finished for its result (InvalidStateError: "
                      f"Result is not set): {why}.")
        if what == "returned" and isinstance(value, list) and len(value) == 2 and isinstance(value[1], list) \
                and any(isinstance(m, str) and m.startswith("unhandled errors in a TaskGroup") for m in value[1]):
            self.fail(f"fetch_all(fetch, {urls}) gave {value!r}: that message is str() of the ExceptionGroup "
                      "itself. Take str() of each ValueError inside it: sorted(str(e) for e in group.exceptions).")
        return returned_at, outcome, what, value, kind

    def test_all_pages_in_order(self):
        urls = ["/c:3", "/a:1", "/d:0.5", "/b:2"]
        returned_at, outcome, what, value, kind = self.run_all(urls)
        self.assertEqual([what, value], ["returned", ["page " + u for u in urls]],
                         msg=f"fetch_all(fetch, {urls}) gave {gave(what, value)}, expected the four pages in the order "
                             "of urls.")
        self.assertEqual(kind, "list", msg=f"fetch_all returned a {kind}, expected a list of pages.")
        hint = ""
        if abs(returned_at - 6.5) < 1e-6:
            hint = (": they ran one after another. Awaiting each task right after creating it waits for it before "
                    "the next one starts; create every task first (the group waits for them all at the end of the "
                    "async with block), then read the results")
        self.assertAlmostEqual(returned_at, 3.0, places=6,
                               msg=f"fetch_all took {returned_at:g} virtual seconds, expected 3.0: run the "
                                   f"fetches concurrently{hint}.")

    def test_a_value_error_cancels_the_rest(self):
        urls = ["/a:1", "/b:1:value", "/c:3", "/d:5"]
        returned_at, outcome, what, value, kind = self.run_all(urls)
        if what.startswith("raised ExceptionGroup") and "ValueError" in what:
            if catches_plain_value_error():
                self.fail("fetch_all let the ValueError out inside an ExceptionGroup: a TaskGroup wraps its failures "
                          "in an ExceptionGroup, which except ValueError does not catch. Use except* ValueError.")
            self.fail("fetch_all let the ValueError out inside an ExceptionGroup, expected it handled and ('failed', "
                      "['bad /b:1:value']) returned. Handle the ValueErrors with except* ValueError; if you take the "
                      "group apart yourself, check what you raise again.")
        self.assertEqual([what, value], ["returned", ["failed", ["bad /b:1:value"]]],
                         msg=f"fetch_all(fetch, {urls}) gave {gave(what, value)}, expected ('failed', "
                             "['bad /b:1:value']).")
        self.assertEqual(kind, "tuple", msg=f"on failure fetch_all returned a {kind}, expected a tuple: "
                                            "return (\"failed\", messages), in parentheses or without, not in [].")
        hint = ""
        if any(label in ("end /c:3", "end /d:5") for _, label in outcome.events):
            if gathers_in_the_group():
                hint = GATHER_IN_THE_GROUP
            elif uses_a_task_group():
                hint = (" Nothing was cancelled: a TaskGroup cancels its other tasks only when an exception gets out "
                        "of one of them. Let the ValueError out of the task (do not catch it inside) and handle it "
                        "around the async with block, with except* ValueError.")
            else:
                hint = (" Nothing was cancelled: gather (without a TaskGroup) lets the other fetches run on after a "
                        "failure; a TaskGroup cancels them.")
        self.assertEqual(cancelled(outcome), ["/c:3", "/d:5"],
                         msg=f"the fetches cancelled were {cancelled(outcome)}, expected ['/c:3', '/d:5'], the two "
                             f"still running when /b failed.{hint}")
        self.assertAlmostEqual(returned_at, 1.0, places=6,
                               msg=f"fetch_all took {returned_at:g} virtual seconds, expected 1.0: it is over "
                                   f"when /b fails.{hint}")

    def test_every_failure_is_reported_sorted(self):
        # /m is listed twice: each of its two ValueErrors counts, so its message comes twice.
        urls = ["/z:1:value", "/m:1:value", "/ok:1", "/a:1:value", "/m:1:value"]
        _, _, what, value, _ = self.run_all(urls)
        messages = ["bad /a:1:value", "bad /m:1:value", "bad /m:1:value", "bad /z:1:value"]
        expected = ["failed", messages]
        hint = ""
        got = value[1] if what == "returned" and isinstance(value, list) and len(value) == 2 \
            and isinstance(value[1], list) else None
        if got is not None and len(got) == 1 and gathers_in_the_group():
            hint = GATHER_IN_THE_GROUP
        elif got is not None and len(got) == 1:
            hint = " Only one failure was reported: report every ValueError in the group (its .exceptions)."
        elif got is not None and sorted(set(got)) == sorted(set(messages)) and len(got) < len(messages):
            hint = (" A message is missing: /m was fetched twice and failed twice, and each ValueError counts "
                    "(a set keeps one of each).")
        elif got is not None and got != messages and sorted(got) == messages:
            hint = " The right messages, but not sorted: return sorted(messages)."
        self.assertEqual([what, value], ["returned", expected],
                         msg=f"with four fetches failing at the same moment, fetch_all gave {gave(what, value)}, "
                             f"expected {tuple(expected)!r}.{hint}")

    def test_other_errors_propagate(self):
        urls = ["/a:1", "/k:1:key", "/c:2"]
        _, _, what, value, _ = self.run_all(urls)
        self.assertEqual(what, "raised KeyError",
                         msg=f"when a fetch raised KeyError, fetch_all {gave(what, value)}; expected the KeyError to "
                             "propagate (in the TaskGroup's ExceptionGroup). Handle only ValueError: except* "
                             "ValueError.")

    def test_other_errors_propagate_beside_value_errors(self):
        # a ValueError and a KeyError at the same moment: the ValueError is fetch_all's business, the KeyError not
        urls = ["/a:1:value", "/k:1:key", "/c:3"]
        _, _, what, value, _ = self.run_all(urls)
        hint = ""
        if what == "returned" and gathers_in_the_group():
            hint = GATHER_IN_THE_GROUP
        elif what == "returned":
            hint = (" The KeyError was swallowed with the ValueError: handling the whole ExceptionGroup because it "
                    "holds a ValueError drops every other error in it. except* ValueError handles only the "
                    "ValueErrors and lets the rest go on (or split the group and raise what is left).")
        self.assertEqual(what, "raised KeyError",
                         msg=f"when one fetch raised ValueError and another KeyError at the same moment, fetch_all "
                             f"{gave(what, value)}; expected the KeyError to propagate (in the TaskGroup's "
                             f"ExceptionGroup).{hint}")

    def test_an_empty_page_is_a_page(self):
        urls = ["/a:1", "/e:2:empty", "/c:0.5"]
        _, _, what, value, _ = self.run_all(urls)
        hint = ""
        if what == "returned" and isinstance(value, list) and value[:1] == ["failed"]:
            hint = (" Every fetch succeeded, one with the empty page '': decide on failure by whether ValueErrors "
                    "were caught, not by whether every page is truthy (or not None).")
        self.assertEqual([what, value], ["returned", ["page /a:1", "", "page /c:0.5"]],
                         msg=f"fetch_all(fetch, {urls}), where /e gives the empty page '', gave {gave(what, value)}, "
                             "expected ['page /a:1', '', 'page /c:0.5'].{hint}".replace("{hint}", hint))

    def test_no_urls(self):
        _, _, what, value, _ = self.run_all([])
        self.assertEqual([what, value], ["returned", []], msg=f"fetch_all(fetch, []) gave {gave(what, value)}, expected [].")


class FetchEachTest(unittest.TestCase):
    longMessage = False

    def test_results_and_errors_in_order(self):
        urls = ["/a:1", "/b:1:value", "/c:3", "/k:0.5:key", "/e:2"]
        outcome = grading.run_async(FETCH_EACH, urls=urls)
        expected = ["page /a:1", "ValueError: bad /b:1:value", "page /c:3", "KeyError: '/k:0.5:key'", "page /e:2"]
        if isinstance(outcome.value, str) and outcome.value.startswith("raised"):
            self.fail(f"fetch_each {outcome.value}. With return_exceptions=True, gather puts each exception in the "
                      "results list instead of raising it.")
        hint = ""
        if outcome.value in ("a _GatheringFuture", "a Future"):
            hint = " gather gives back a future: await asyncio.gather(...) to get the results list."
        elif isinstance(outcome.value, list) and "bad /b:1:value" in outcome.value:
            hint = (" That is str(error) alone, which loses the error's type: format each exception as "
                    "f\"{type(error).__name__}: {error}\".")
        elif isinstance(outcome.value, list) and "<class 'ValueError'>: bad /b:1:value" in outcome.value:
            hint = (" type(error) prints as <class 'ValueError'>; its name is type(error).__name__: format each "
                    "exception as f\"{type(error).__name__}: {error}\".")
        elif isinstance(outcome.value, list) and any(v.startswith("an object") for v in outcome.value):
            hint = " The exceptions came back as objects: format each as f\"{type(error).__name__}: {error}\"."
        elif isinstance(outcome.value, list) and len(outcome.value) < len(urls):
            hint = (" One entry per url: a failed fetch keeps its place in the list, as its error's "
                    "f\"{type(error).__name__}: {error}\" string.")
        elif isinstance(outcome.value, list) and outcome.value != expected and sorted(outcome.value) == sorted(expected):
            hint = (" The right entries in another order: one entry per url, in the order of urls, not in the order "
                    "the fetches finished (gather keeps the order you pass).")
        elif isinstance(outcome.value, list) and "ValueError('bad /b:1:value')" in outcome.value:
            hint = (" That is repr(error): format each exception as f\"{type(error).__name__}: {error}\" "
                    "instead.")
        self.assertEqual(outcome.value, expected, msg=f"fetch_each(fetch, {urls}) gave {outcome.value!r}, expected "
                                                      f"{expected!r}.{hint}")
        self.assertEqual(cancelled(outcome), [], msg=f"fetch_each cancelled {cancelled(outcome)}: every fetch must "
                                                     "run to its end.")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"fetch_each took {outcome.elapsed:g} virtual seconds, expected 3.0: run the "
                                   "fetches concurrently.")

    def test_no_urls(self):
        outcome = grading.run_async(FETCH_EACH, urls=[])
        hint = ""
        if outcome.value in ("a _GatheringFuture", "a Future"):
            hint = " gather gives back a future: await asyncio.gather(...) to get the results list."
        self.assertEqual(outcome.value, [], msg=f"fetch_each(fetch, []) gave {outcome.value!r}, expected [].{hint}")
