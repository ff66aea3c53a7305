"""The async timeline in a test's entry: taken from that test's run_async calls, with the expected time, capped."""

import unittest

from grader import checker, sandbox
from grader.grading import Outcome
from grader.timeline import MAX_EVENTS, run_timeline
from grader.tests.sandbox_case import SandboxTestCase

FETCH_TESTS = '''
import unittest

import grading

FETCH_ALL = """
async def fetch(url):
    record("start " + url)
    await asyncio.sleep(1)
    record("end " + url)
    return url

result = await submission.fetch_all(fetch, urls)
"""


class FetchTest(unittest.TestCase):
    def test_runs_concurrently(self):
        outcome = grading.run_async(FETCH_ALL, urls=["/a", "/b", "/c"])
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6, msg="ran one after another")

    def test_without_async_code(self):
        self.assertEqual(1 + 1, 2)

    def test_blocking_sleep_is_recorded(self):
        outcome = grading.run_async("import time\\ntime.sleep(0.5)\\nawait asyncio.sleep(1)\\nrecord('done')")
        self.assertEqual(outcome.elapsed, 1.5)
'''

SEQUENTIAL = '''
async def fetch_all(fetch, urls):
    return [await fetch(url) for url in urls]
'''

CONCURRENT = '''
import asyncio

async def fetch_all(fetch, urls):
    return list(await asyncio.gather(*(fetch(url) for url in urls)))
'''


class RunTimelineTest(unittest.TestCase):
    def test_keeps_what_the_clock_saw(self):
        outcome = Outcome(elapsed=3.0, events=[(0.0, "start /a"), (1.0, "end /a")], blocking=[(1.0, 0.5)],
                          never_awaited=["fetch"])
        self.assertEqual(run_timeline(outcome, 1.0), {
            "elapsed": 3.0, "expected_elapsed": 1.0, "events": [[0.0, "start /a"], [1.0, "end /a"]],
            "blocking": [[1.0, 0.5]], "never_awaited": ["fetch"]})

    def test_caps_large_traces_and_says_how_many_there_were(self):
        outcome = Outcome(elapsed=5000.0, events=[(float(n), f"tick {n}") for n in range(5000)])
        run = run_timeline(outcome)
        self.assertEqual((len(run["events"]), run["events_total"]), (MAX_EVENTS, 5000))
        self.assertEqual(run["events"][0], [0.0, "tick 0"])

    def test_drops_malformed_items_and_clips_labels(self):
        outcome = Outcome(elapsed=float("nan"), events=[(float("inf"), "x"), ("1", "y"), (1.0, "z" * 500), (2.0,)],
                          blocking=[(0.0, -1.0), (0.0, 2.0)])
        run = run_timeline(outcome)
        self.assertEqual(run["elapsed"], 0.0)
        self.assertEqual([at for at, _ in run["events"]], [1.0])
        self.assertLessEqual(len(run["events"][0][1]), 60)
        self.assertEqual(run["blocking"], [[0.0, 2.0]])


class TimelineInResultTest(SandboxTestCase):
    def grade(self, code):
        result = checker.grade(FETCH_TESTS, code, sandbox.Limits(wall_seconds=5), 10, self.launcher)
        return {entry["name"]: entry for entry in result["tests"]}

    def test_a_sequential_answer_shows_its_staircase_beside_the_expected_time(self):
        entries = self.grade(SEQUENTIAL)
        entry = entries["FetchTest > runs concurrently"]
        self.assertEqual(entry["status"], "fail")
        (run,) = entry["timeline"]["runs"]
        self.assertEqual((run["elapsed"], run["expected_elapsed"]), (3.0, 1.0))
        self.assertEqual([at for at, label in run["events"] if label.startswith("start")], [0.0, 1.0, 2.0])

    def test_a_concurrent_answer_starts_everything_together(self):
        entries = self.grade(CONCURRENT)
        (run,) = entries["FetchTest > runs concurrently"]["timeline"]["runs"]
        self.assertEqual((run["elapsed"], run["expected_elapsed"]), (1.0, 1.0))
        self.assertEqual([at for at, label in run["events"] if label.startswith("start")], [0.0, 0.0, 0.0])

    def test_only_async_tests_get_a_timeline_and_blocking_sleeps_are_kept(self):
        entries = self.grade(CONCURRENT)
        self.assertNotIn("timeline", entries["FetchTest > without async code"])
        (run,) = entries["FetchTest > blocking sleep is recorded"]["timeline"]["runs"]
        self.assertEqual((run["elapsed"], run["expected_elapsed"], run["blocking"]), (1.5, 1.5, [[0.0, 0.5]]))


if __name__ == "__main__":
    unittest.main()
