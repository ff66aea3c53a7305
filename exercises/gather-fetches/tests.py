import unittest

import grading

# A fake fetch whose duration is in the url ("/slow:3" takes 3 s); start and end are recorded.
FETCH_ALL = """
import asyncio
async def fetch(url):
    record("start " + url)
    await asyncio.sleep(float(url.rsplit(":", 1)[1]))
    record("end " + url)
    return "page " + url

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
if pages is None and result in ("empty", "too early"):
    pass
elif isinstance(pages, list) and all(isinstance(page, str) for page in pages):
    result = pages
elif isinstance(pages, list):
    kinds = sorted({type(page).__name__ for page in pages if not isinstance(page, str)})
    result = "a list holding " + " and ".join(kinds) + " objects"
    await asyncio.gather(*(page for page in pages if isinstance(page, asyncio.Future)))  # let them finish quietly
else:
    result = "a " + type(pages).__name__
    if isinstance(pages, asyncio.Future):
        await pages  # it was running anyway; let it finish quietly
"""

# Eight urls finishing in an order unrelated to the list: results taken in finishing order, or out of a set of
# tasks, come out in another order.
MIXED = ["/h:2", "/a:5", "/f:1", "/c:4", "/e:0.5", "/b:3", "/g:1.5", "/d:2.5"]


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
            self.fail(f"fetch_all(fetch, {urls}) raised InvalidStateError: a task's .result() was read before the "
                      "task had finished. Await each task (or await asyncio.gather(*tasks)) before reading its "
                      "result; a sleep(0) is not enough for a fetch that takes time.")
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
        elif len(outcome.value) < len(urls):
            hint = ": one result per entry of urls, repeats included"
        elif sorted(outcome.value) == sorted(expected):
            hint = ": the right pages in another order; keep the order of urls"
        self.assertEqual(outcome.value, expected, f"fetch_all(fetch, {urls}) gave {outcome.value!r}, expected "
                                                  f"{expected!r}{hint}.")
        fetched = [label for _, label in outcome.events if label == "start /a:1"]
        self.assertEqual(len(fetched), 2,
                         msg=f"fetch_all(fetch, {urls}) called fetch('/a:1') {len(fetched)} time(s), expected 2: a url "
                             "listed twice is fetched twice (the page may have changed in between). Call fetch once "
                             "per entry of urls, without removing repeats.")

    def test_no_urls_gives_an_empty_list(self):
        outcome = self.fetch_all([])
        hint = LEFTOVER if outcome.value else ""
        self.assertEqual(outcome.value, [], f"fetch_all(fetch, []) gave {outcome.value!r}, expected []{hint}.")
