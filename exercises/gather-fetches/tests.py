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

pages = await submission.fetch_all(fetch, urls)
if isinstance(pages, list):
    result = pages
else:
    result = "a " + type(pages).__name__
    if isinstance(pages, asyncio.Future):
        await pages  # it was running anyway; let it finish quietly
"""


class FetchAllTest(unittest.TestCase):
    def fetch_all(self, urls):
        outcome = grading.run_async(FETCH_ALL, urls=urls)
        if isinstance(outcome.value, str):
            self.fail(f"fetch_all returned {outcome.value}, not a list: gather gives back a future; "
                      "await asyncio.gather(...) to get the results.")
        return outcome

    def test_runs_fetches_concurrently(self):
        outcome = self.fetch_all(["/a:1", "/b:1", "/c:1"])
        self.assertEqual(outcome.blocking, [], msg="fetch_all must not block the event loop with time.sleep.")
        self.assertAlmostEqual(
            outcome.elapsed, 1.0, places=6,
            msg=f"took {outcome.elapsed:g} virtual seconds, expected 1.0: the fetches ran one after another; "
                "start them together with asyncio.gather (or tasks).")
        starts = [at for at, label in outcome.events if label.startswith("start")]
        self.assertEqual(starts, [0.0, 0.0, 0.0], msg=f"the fetches started at {starts} s, expected all at 0.")

    def test_results_follow_the_urls(self):
        outcome = self.fetch_all(["/slow:3", "/quick:1", "/medium:2"])
        self.assertEqual(outcome.value, ["page /slow:3", "page /quick:1", "page /medium:2"],
                         msg=f"got {outcome.value!r}: results must be in the order of urls, not in the order "
                             "the fetches finish (gather keeps the order you pass).")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"took {outcome.elapsed:g} s, expected 3.0: as long as the slowest fetch.")

    def test_no_urls_gives_an_empty_list(self):
        outcome = self.fetch_all([])
        self.assertEqual(outcome.value, [], msg=f"fetch_all(fetch, []) gave {outcome.value!r}, expected [].")
