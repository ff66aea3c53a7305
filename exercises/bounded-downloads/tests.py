import unittest

import grading

# A fake fetch whose duration is in the url ("/a:3" takes 3 s); it records how many fetches are in flight.
DOWNLOAD_ALL = """
import asyncio
flight = {"now": 0, "peak": 0}

async def fetch(url):
    flight["now"] += 1
    flight["peak"] = max(flight["peak"], flight["now"])
    record("start " + url)
    try:
        await asyncio.sleep(float(url.rsplit(":", 1)[1]))
    finally:
        flight["now"] -= 1
    return url.upper()

pages = await submission.download_all(fetch, urls, limit)
result = {"pages": list(pages), "peak": flight["peak"]}
"""


class DownloadAllTest(unittest.TestCase):
    def download_all(self, urls, limit):
        outcome = grading.run_async(DOWNLOAD_ALL, urls=urls, limit=limit)
        self.assertEqual(outcome.blocking, [], msg="download_all must not block the event loop with time.sleep.")
        return outcome

    def test_never_exceeds_the_limit(self):
        outcome = self.download_all([f"/{n}:1" for n in range(6)], limit=2)
        peak = outcome.value["peak"]
        hint = ""
        if peak > 2 and outcome.elapsed < 2.0:
            hint = " Entering `async with semaphore` around fetch(url) only creates the coroutine; the fetch " \
                   "runs later, outside the block. Acquire the semaphore inside the coroutine that awaits fetch."
        self.assertLessEqual(peak, 2, msg=f"{peak} fetches were in flight at once with limit 2: guard each fetch "
                                          "with an asyncio.Semaphore(limit)." + hint)

    def test_uses_every_slot(self):
        outcome = self.download_all([f"/{n}:1" for n in range(6)], limit=2)
        if outcome.value["peak"] == 1:
            self.fail(f"only one fetch ran at a time: 6 one-second fetches took {outcome.elapsed:g} virtual "
                      "seconds, expected 3.0 with limit 2. Start them all (gather or a TaskGroup) and let the "
                      "semaphore hold back the extra ones.")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"6 one-second fetches with limit 2 took {outcome.elapsed:g} virtual seconds, "
                                   "expected 3.0.")

    def test_starts_the_next_fetch_as_soon_as_one_finishes(self):
        urls = ["/slow:3", "/a:1", "/b:1", "/c:1"]
        outcome = self.download_all(urls, limit=2)
        starts = {label[len("start "):]: at for at, label in outcome.events}
        self.assertAlmostEqual(
            outcome.elapsed, 3.0, places=6,
            msg=f"took {outcome.elapsed:g} virtual seconds, expected 3.0 (fetches started at {starts}). While "
                "/slow:3 runs, the other slot should take /a, /b and /c one by one: start the next fetch as soon "
                "as one finishes, instead of waiting for a whole batch.")

    def test_results_follow_the_urls(self):
        urls = ["/slow:3", "/a:1", "/b:2", "/c:1"]
        outcome = self.download_all(urls, limit=3)
        self.assertEqual(outcome.value["pages"], [url.upper() for url in urls],
                         msg=f"got {outcome.value['pages']!r}: results must be in the order of urls.")

    def test_limit_larger_than_the_work(self):
        outcome = self.download_all(["/a:1", "/b:1"], limit=10)
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"2 fetches with limit 10 took {outcome.elapsed:g} s, expected 1.0.")
