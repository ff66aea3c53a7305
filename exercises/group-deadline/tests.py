import ast
import unittest

import grading

FETCH = """
async def fetch(url):
    record("start " + url)
    try:
        await asyncio.sleep(float(url.split(":")[1]))
    except asyncio.CancelledError:
        record("cancelled " + url)
        raise
    record("end " + url)
    return "" if url.startswith("/empty") else "page " + url

await asyncio.sleep(wait_first)  # a later call: the deadline counts from the call, not from the loop's start
called_at = now()
try:
    value = await submission.fetch_before(fetch, urls, deadline)
except TimeoutError:
    value = "raised TimeoutError"
except ValueError as error:
    if str(error) != "Set of Tasks/Futures is empty.":
        raise
    value = "raised ValueError: empty wait"
except asyncio.CancelledError:
    if asyncio.current_task().cancelling():
        raise  # a real cancellation from outside: not the learner's
    value = "raised CancelledError"
returned_at = now() - called_at
unfinished = len([task for task in asyncio.all_tasks()
                  if task is not asyncio.current_task() and not task.done() and task.cancelling()])
await asyncio.sleep(10)  # anything left running shows up as an end after the return
if isinstance(value, list):
    shown = list(value)
elif value in ("raised TimeoutError", "raised CancelledError", "raised ValueError: empty wait"):
    shown = value
else:
    shown = {"type": type(value).__name__}
result = [shown, returned_at, unfinished, called_at]
"""


def attributes_in_source():
    """The names and attributes the learner's source mentions (read with ast: comments do not count)."""
    found = set()
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
    return found


class FetchBeforeTest(unittest.TestCase):
    longMessage = False

    def fetch_before(self, urls, deadline, wait_first=0):
        outcome = grading.run_async(FETCH, urls=urls, deadline=deadline, wait_first=wait_first)
        value, returned_at, unfinished, called_at = outcome.value
        if isinstance(value, dict):
            kind = value["type"]
            what = ("None: check that it ends with return and the list (an async def without a return gives None)"
                    if kind == "NoneType" else f"a {kind}")
            self.fail(f"fetch_before(fetch, {urls}, {deadline}) returned {what}; expected a list with one entry per "
                      "url, in the order of urls (the page, or None for a fetch cancelled by the deadline).")
        if value == "raised ValueError: empty wait":
            self.fail(f"fetch_before(fetch, {urls}, {deadline}) raised ValueError('Set of Tasks/Futures is empty.'): "
                      "asyncio.wait refuses an empty collection. With no urls there is nothing to wait for: return "
                      "[] before calling asyncio.wait.")
        if value == "raised TimeoutError":
            self.fail(f"fetch_before(fetch, {urls}, {deadline}) let a TimeoutError out when the deadline passed. "
                      "That TimeoutError is how async with asyncio.timeout(...) says the time is up: catch it "
                      "(try: ... except TimeoutError:) around the async with, then build the list.")
        if value == "raised CancelledError":
            self.fail(f"fetch_before(fetch, {urls}, {deadline}) raised CancelledError although nobody cancelled it: "
                      "asking a cancelled task for its result (task.result(), or await task) raises CancelledError. "
                      "Give None for each task where task.cancelled() is true.")
        if (wait_first and isinstance(value, list) and returned_at < deadline - 1e-6
                and "timeout_at" in attributes_in_source()):
            self.fail(f"called when the event loop had been running for {wait_first:g} s, fetch_before(fetch, {urls}, "
                      f"{deadline}) gave {value!r} after {returned_at:g} s, expected it to wait up to {deadline:g} s: "
                      "the deadline had already passed when the fetches started. asyncio.timeout_at takes a moment "
                      "of the loop's clock, not a number of seconds: give it loop.time() + deadline, or use "
                      "asyncio.timeout(deadline).")
        self.events = [(at - called_at, label) for at, label in outcome.events]
        starts = [at for at, label in self.events if label.startswith("start")]
        if isinstance(value, list) and urls and returned_at < 1e-9 and not any(
                label.startswith("end") and at < 1e-9 for at, label in self.events):
            self.fail(f"fetch_before(fetch, {urls}, {deadline}) gave {value!r} at once, after 0 s: nothing waited for "
                      "the fetches. Check that every fetch is a task of the group, made with group.create_task(...) "
                      "(a TaskGroup does not wait for tasks made with asyncio.create_task), and that the deadline "
                      "wraps the async with asyncio.TaskGroup() block.")
        self.assertEqual(unfinished, 0,
                         msg=f"fetch_before(fetch, {urls}, {deadline}) returned with {unfinished} cancelled task(s) "
                             "still running: they had not finished cancelling. After task.cancel(), wait "
                             "for them (await asyncio.gather(*pending, return_exceptions=True)); a TaskGroup inside "
                             "asyncio.timeout does that for you.")
        self.starts = starts
        return outcome, value, returned_at

    def test_keeps_what_arrived_in_time(self):
        urls = ["/a:0.2", "/b:2", "/c:0.4", "/d:0.8", "/empty:0.1"]
        outcome, value, returned_at = self.fetch_before(urls, 0.5)
        expected = ["page /a:0.2", None, "page /c:0.4", None, ""]
        hint = ""
        if value == [None] * len(urls) or value == []:
            hint = (" The pages that did finish in time were lost: keep the tasks in a list and read the result of "
                    "each one that finished (task.done() and not task.cancelled()).")
        elif isinstance(value, list) and None not in value and len(value) == len(urls):
            hint = (" Every fetch finished, the slow ones too: no deadline stopped them. Wrap the TaskGroup in async "
                    "with asyncio.timeout(deadline).")
        elif value == expected[:4] + [None]:
            hint = " The empty string is a page: only a cancelled fetch gives None."
        elif isinstance(value, list) and sorted(map(repr, value)) == sorted(map(repr, expected)):
            hint = (" The right entries in another order: the list follows the order of urls, not the order in "
                    "which the fetches finished (nor that of a set such as asyncio.wait's done). Keep the tasks "
                    "in a list made in the order of urls, or store each page at its url's index.")
        elif value == [page for page in expected if page is not None]:
            hint = (" Only the pages are there: give one entry per url, with None in the place of each fetch the "
                    "deadline cancelled.")
        self.assertEqual(value, expected, msg=f"fetch_before(fetch, {urls}, 0.5) gave {value!r}, expected "
                                              f"{expected!r}.{hint}")
        late = [label for at, label in self.events if label.startswith("end") and at > 0.5 + 1e-9]
        hint = ""
        if late and any(at > 1e-9 for at in self.starts):
            hint = (" The fetches started one after another, each with a time limit of its own: start them all "
                    "together in a TaskGroup and put one deadline, async with asyncio.timeout(deadline), around it.")
        elif late and abs(returned_at - 0.5) < 1e-6:
            hint = (" fetch_before did return at the deadline, but left the late fetches running: cancel them (and "
                    "wait for them to finish cancelling), or let async with asyncio.timeout(deadline) around the "
                    "TaskGroup do both.")
        elif late:
            hint = " No deadline stopped them: wrap the TaskGroup in async with asyncio.timeout(deadline)."
        self.assertEqual(late, [], msg=f"fetches went on after the deadline ({late}): they must be cancelled when "
                                       f"the deadline passes.{hint}")
        self.assertAlmostEqual(returned_at, 0.5, places=6,
                               msg=f"fetch_before returned after {returned_at:g} virtual seconds, expected 0.5 (the "
                                   "deadline).")

    def test_returns_early_when_all_finish(self):
        urls = ["/x:0.3", "/y:0.1", "/z:0.2"]
        outcome, value, returned_at = self.fetch_before(urls, 5)
        expected = ["page " + u for u in urls]
        hint = (" (the order in which they finished): keep the tasks in a list made in the order of urls"
                if isinstance(value, list) and sorted(map(repr, value)) == sorted(map(repr, expected)) and value != expected
                else "")
        self.assertEqual(value, expected, msg=f"fetch_before(fetch, {urls}, 5) gave {value!r}, expected the three "
                                              f"pages in the order of urls{hint}.")
        hint = ""
        ends = [at for at, label in self.events if label.startswith("end")]
        if returned_at > 0.35 and any(at > 1e-9 for at in self.starts):
            hint = " The fetches ran one after another: run them concurrently."
        elif returned_at > 0.35 and ends and max(ends) < 0.3 + 1e-6:
            hint = (f" The fetches were all done at {max(ends):g} s, but fetch_before waited on: nothing should wait "
                    "for the deadline itself (no sleep); the TaskGroup ends as soon as its last task does.")
        self.assertAlmostEqual(returned_at, 0.3, places=6,
                               msg=f"with a deadline of 5 s and fetches of at most 0.3 s, fetch_before returned after "
                                   f"{returned_at:g} virtual seconds, expected 0.3: return when the last one "
                                   f"finishes.{hint}")

    def test_nothing_in_time(self):
        urls = ["/p:1", "/q:2"]
        _, value, returned_at = self.fetch_before(urls, 0.25)
        self.assertEqual([value, returned_at], [[None, None], 0.25],
                         msg=f"with nothing finishing in 0.25 s, fetch_before gave {value!r} after {returned_at:g} s, "
                             "expected [None, None] after 0.25 s.")

    def test_no_urls(self):
        _, value, _ = self.fetch_before([], 1)
        self.assertEqual(value, [], msg=f"fetch_before(fetch, [], 1) gave {value!r}, expected [].")

    def test_the_deadline_counts_from_the_call(self):
        # The loop has been running for 1 s when fetch_before is called: its deadline ends 0.5 s later, at 1.5 s.
        urls = ["/late-a:0.2", "/late-b:2"]
        _, value, returned_at = self.fetch_before(urls, 0.5, wait_first=1)
        self.assertEqual([value, round(returned_at, 6)], [["page /late-a:0.2", None], 0.5],
                         msg=f"called when the event loop had been running for 1 s, fetch_before(fetch, {urls}, 0.5) "
                             f"gave {value!r} after {returned_at:g} s, expected ['page /late-a:0.2', None] after 0.5 s: "
                             "the deadline is a number of seconds counted from the call.")
