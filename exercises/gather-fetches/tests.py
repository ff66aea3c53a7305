import ast
import unittest

import grading

# A fake fetch whose duration is in the url ("/slow:3" takes 3 s); start and end are recorded. A url starting with
# "/empty" gives an empty page "" (a result like any other).
FETCH_ALL = """
import asyncio
import inspect
async def fetch(url):
    record("start " + url)
    await asyncio.sleep(float(url.rsplit(":", 1)[1]))
    record("end " + url)
    return "" if url.startswith("/empty") else "page " + url

result = None
try:
    pages = await submission.fetch_all(fetch, urls)
except asyncio.InvalidStateError:
    pages = None
    result = "too early"  # task.result() read before the task finished
except ValueError as error:
    if "is empty" not in str(error):
        raise
    pages = None
    result = "empty"  # asyncio.wait([]) refuses an empty collection
except TimeoutError:
    pages = None
    result = "timed out"  # a time limit (wait_for, asyncio.timeout, ...) cut a fetch off
if pages is None and result in ("empty", "too early", "timed out"):
    pass
elif isinstance(pages, list) and all(isinstance(page, str) for page in pages):
    result = pages
elif isinstance(pages, list):
    kinds = sorted({type(page).__name__ for page in pages if not isinstance(page, str)})
    result = "a list holding " + " and ".join(kinds) + " objects"
    # coroutines that already ran (gather awaited them) or tasks already done: the results were thrown away
    if all(inspect.getcoroutinestate(page) == "CORO_CLOSED" if asyncio.iscoroutine(page)
           else isinstance(page, asyncio.Future) and page.done() for page in pages if not isinstance(page, str)):
        result += ", already run"
    await asyncio.gather(*(page for page in pages if isinstance(page, asyncio.Future)))  # let them finish quietly
else:
    result = "a " + type(pages).__name__
    if isinstance(pages, asyncio.Future):
        await pages  # it was running anyway; let it finish quietly
"""

# Eight urls finishing in an order unrelated to the list: results taken in finishing order, or out of a set of
# tasks, come out in another order.
MIXED = ["/h:2", "/a:5", "/f:1", "/c:4", "/e:0.5", "/b:3", "/g:1.5", "/d:2.5"]




def calls_to_thread():
    """Whether the learner's code calls asyncio.to_thread or run_in_executor (read with ast)."""
    return any(isinstance(node, ast.Call) and (isinstance(node.func, ast.Attribute) and node.func.attr in
                                               ("to_thread", "run_in_executor") or
                                               isinstance(node.func, ast.Name) and node.func.id == "to_thread")
               for node in ast.walk(ast.parse(grading.source())))


def names_a_time_limit():
    """Whether the learner's code passes a timeout or calls wait_for / asyncio.timeout (read with ast)."""
    for node in ast.walk(ast.parse(grading.source())):
        if isinstance(node, ast.keyword) and node.arg == "timeout" and not (
                isinstance(node.value, ast.Constant) and node.value.value is None):
            return True
        if isinstance(node, ast.Attribute) and node.attr in ("wait_for", "timeout", "timeout_at"):
            return True
    return False


def fewer(got, expected):
    """A hint for a list with fewer pages than urls."""
    return (f": {len(got)} page(s) for {len(expected)} urls, one result per url is expected. Check that fetch_all "
            "waits for every fetch to finish before it returns (gather, or asyncio.wait with its default "
            "ALL_COMPLETED, or awaiting every task)")


LEFTOVER = (": the pages of an earlier call are still in the list. Build a new list on every call; a default "
            "argument such as pages=[] or a list at module level is created once and shared by every call")


class FetchAllTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def fetch_all(self, urls):
        outcome = grading.run_async(FETCH_ALL, urls=urls)
        if outcome.value == "empty":
            self.fail(f"fetch_all(fetch, {urls}) raised ValueError: asyncio.wait refuses an empty collection of "
                      "tasks. With no urls there is nothing to wait for: return [] before calling it (gather "
                      "accepts no awaitables at all).")
        if outcome.value == "too early":
            if names_a_time_limit():
                why = ("a wait with a timeout returns when the time is up, finished or not; wait without a time "
                       "limit")
            else:
                why = "a sleep(0) is not enough for a fetch that takes time"
            self.fail(f"fetch_all(fetch, {urls}) raised InvalidStateError: a task's .result() was read before the "
                      "task had finished. Await each task (or await asyncio.gather(*tasks)) before reading its "
                      f"result; {why}.")
        if outcome.value == "timed out":
            self.fail(f"fetch_all(fetch, {urls}) raised TimeoutError: a time limit cut off a fetch that was still "
                      "running (some fetches here take 5 s). The prompt sets no limit: wait for every fetch to its "
                      "end, without asyncio.wait_for(..., timeout=...) or asyncio.timeout.")
        if outcome.value == "a NoneType":
            self.fail(f"fetch_all(fetch, {urls}) returned None, expected a list of pages. Check that fetch_all "
                      "ends with a return of the results (printing them is not returning them).")
        if isinstance(outcome.value, str):
            hint = ""
            if outcome.value in ("a _GatheringFuture", "a Future"):
                hint = " gather gives back a future; await asyncio.gather(...) to get the results."
            elif outcome.value == "a async_generator":
                outcome.value = "an async generator"
                hint = (" A generator expression with await in it is an async generator, not a list: build the "
                        "list with [await t for t in tasks] (square brackets) or await asyncio.gather(*tasks).")
            elif outcome.value.endswith(", already run"):
                outcome.value = outcome.value[:-len(", already run")]
                hint = (" They did run, but their results were thrown away: return what awaiting them gives, "
                        "pages = await asyncio.gather(*coros), not the coroutines or tasks themselves.")
            elif outcome.value.startswith("a list holding") and calls_to_thread():
                hint = (" asyncio.to_thread (and run_in_executor) calls a plain function in a thread; calling the "
                        "async fetch there only builds a coroutine, which nobody awaits. fetch is already "
                        "asynchronous: await asyncio.gather(*(fetch(url) for url in urls)).")
            elif outcome.value.startswith("a list holding"):
                hint = (" Those tasks or coroutines were never awaited: await them, for example with "
                        "await asyncio.gather(*tasks), and return their results.")
            self.fail(f"fetch_all returned {outcome.value}, not a list of pages.{hint}")
        return outcome

    def test_runs_fetches_concurrently(self):
        outcome = self.fetch_all(["/a:1", "/b:1", "/c:1"])
        self.assertEqual(outcome.blocking, [], "fetch_all must not block the event loop with time.sleep.")
        hint = ""
        if abs(outcome.elapsed - 3.0) < 1e-6:
            hint = ": the fetches ran one after another; start them together with asyncio.gather (or tasks)"
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"three 1 s fetches took {outcome.elapsed:g} virtual seconds, expected 1.0{hint}.")
        starts = [at for at, label in outcome.events if label.startswith("start")]
        self.assertEqual(len(starts), 3, f"fetch_all(fetch, ['/a:1', '/b:1', '/c:1']) called fetch {len(starts)} "
                                         "time(s), expected 3: once per url. Check the loop over urls: does it "
                                         "start at the first url and reach the last?")
        self.assertEqual(starts, [0.0, 0.0, 0.0], f"the fetches started at {starts} s, expected all at 0.")

    def test_results_follow_the_urls(self):
        outcome = self.fetch_all(MIXED)
        expected = ["page " + url for url in MIXED]
        hint = ""
        if len(outcome.value) > len(expected) and outcome.value[-len(expected):] == expected:
            hint = LEFTOVER
        elif len(outcome.value) < len(expected):
            hint = fewer(outcome.value, expected)
        elif sorted(outcome.value) == sorted(expected):
            hint = (": the right pages in another order. Results must be in the order of urls, not in the order the "
                    "fetches finish (gather keeps the order you pass; a set of tasks has no order)")
        self.assertEqual(outcome.value, expected, f"got {outcome.value!r}, expected {expected!r}{hint}.")
        self.assertAlmostEqual(outcome.elapsed, 5.0, places=6,
                               msg=f"took {outcome.elapsed:g} s, expected 5.0: as long as the slowest fetch.")

    def test_repeated_urls_give_one_result_each(self):
        urls = ["/a:1", "/b:2", "/a:1"]
        outcome = self.fetch_all(urls)
        expected = ["page /a:1", "page /b:2", "page /a:1"]
        hint = ""
        if len(outcome.value) > len(expected) and outcome.value[-len(expected):] == expected:
            hint = LEFTOVER
        elif outcome.value == ["page /a:1", "page /b:2"]:
            hint = ": one result per entry of urls, repeats included"
        elif len(outcome.value) < len(urls):
            hint = fewer(outcome.value, urls)
        elif sorted(outcome.value) == sorted(expected):
            hint = ": the right pages in another order; keep the order of urls"
        self.assertEqual(outcome.value, expected, f"fetch_all(fetch, {urls}) gave {outcome.value!r}, expected "
                                                  f"{expected!r}{hint}.")
        fetched = [label for _, label in outcome.events if label == "start /a:1"]
        self.assertEqual(len(fetched), 2,
                         msg=f"fetch_all(fetch, {urls}) called fetch('/a:1') {len(fetched)} time(s), expected 2: a url "
                             "listed twice is fetched twice (the page may have changed in between). Call fetch once "
                             "per entry of urls, without removing repeats.")

    def test_an_empty_page_is_a_result_too(self):
        urls = ["/a:1", "/empty:2", "/c:0.5"]
        outcome = self.fetch_all(urls)
        expected = ["page /a:1", "", "page /c:0.5"]
        hint = ""
        if outcome.value == ["page /a:1", "page /c:0.5"]:
            hint = (": the empty page '' was left out. An empty string is a result like any other (it is only "
                    "falsy): keep every result, without filtering with `if page`")
        elif len(outcome.value) > len(expected) and outcome.value[-len(expected):] == expected:
            hint = LEFTOVER
        elif len(outcome.value) < len(expected):
            hint = fewer(outcome.value, expected)
        elif sorted(outcome.value) == sorted(expected):
            hint = ": the right pages in another order; keep the order of urls"
        self.assertEqual(outcome.value, expected, f"fetch_all(fetch, {urls}), where fetch('/empty:2') gives the empty "
                                                  f"page '', gave {outcome.value!r}, expected {expected!r}{hint}.")

    def test_no_urls_gives_an_empty_list(self):
        outcome = self.fetch_all([])
        hint = LEFTOVER if outcome.value else ""
        self.assertEqual(outcome.value, [], f"fetch_all(fetch, []) gave {outcome.value!r}, expected []{hint}.")
