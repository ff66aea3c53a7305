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

value = await submission.fetch_before(fetch, urls, deadline)
returned_at = now()
await asyncio.sleep(10)  # anything left running shows up as an end after the return
result = [list(value) if isinstance(value, list) else type(value).__name__, returned_at]
"""


class FetchBeforeTest(unittest.TestCase):
    longMessage = False

    def fetch_before(self, urls, deadline):
        outcome = grading.run_async(FETCH, urls=urls, deadline=deadline)
        value, returned_at = outcome.value
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
        elif isinstance(value, list) and value[4:] == [None]:
            hint = " The empty string is a page: only a cancelled fetch gives None."
        self.assertEqual(value, expected, msg=f"fetch_before(fetch, {urls}, 0.5) gave {value!r}, expected "
                                              f"{expected!r}.{hint}")
        late = [label for at, label in outcome.events if label.startswith("end") and at > 0.5 + 1e-9]
        hint = ""
        if late:
            hint = " No deadline stopped them: wrap the TaskGroup in async with asyncio.timeout(deadline)."
        self.assertEqual(late, [], msg=f"fetches went on after the deadline ({late}): they must be cancelled when "
                                       f"the deadline passes.{hint}")
        self.assertAlmostEqual(returned_at, 0.5, places=6,
                               msg=f"fetch_before returned after {returned_at:g} virtual seconds, expected 0.5 (the "
                                   "deadline).")

    def test_returns_early_when_all_finish(self):
        urls = ["/x:0.3", "/y:0.1", "/z:0.2"]
        outcome, value, returned_at = self.fetch_before(urls, 5)
        self.assertEqual(value, ["page " + u for u in urls], msg=f"fetch_before(fetch, {urls}, 5) gave {value!r}, "
                                                                 "expected the three pages in the order of urls.")
        hint = " Every fetch ran one after another: run them concurrently." if returned_at > 0.35 else ""
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
