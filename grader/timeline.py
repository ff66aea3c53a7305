"""The async timeline attached to a test's entry: what the virtual clock saw in the run_async calls of that test.

The learner sees it drawn (virtual time across, a row per task or label, blocking sleeps marked), beside the
expected time when the test compared `outcome.elapsed` with one. Everything here is capped, because a test may
record thousands of events and the learner's code can call `record` too: the stored result stays small.
"""

import math
import unittest

from grader import grading

MAX_RUNS = 3
MAX_EVENTS = 100
MAX_BLOCKING = 20
MAX_NEVER_AWAITED = 10
LABEL_CHARS = 60
NAME_CHARS = 80
# The assertions whose comparison of `outcome.elapsed` with a number gives the expected elapsed time.
ELAPSED_ASSERTIONS = ("assertAlmostEqual", "assertEqual")


def _seconds(value):
    """A finite, non-negative float, or None (the runner's values are data the learner's code could forge)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        value = float(value)
    except OverflowError:  # an int too large for a float (10 ** 400) is no number of seconds
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _text(value, limit):
    text = value if isinstance(value, str) else type(value).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _pairs(items, limit, second):
    """[(seconds, x), ...] kept as [[seconds, second(x)], ...], at most `limit`, malformed items skipped."""
    kept, total = [], 0
    for item in items:
        if not (isinstance(item, (tuple, list)) and len(item) == 2):
            continue
        at, value = _seconds(item[0]), second(item[1])
        if at is None or value is None:
            continue
        total += 1
        if len(kept) < limit:
            kept.append([round(at, 6), value])
    return kept, total


def run_timeline(outcome, expected_elapsed=None):
    """One run_async call as stored: elapsed, the expected elapsed if compared, capped events and blocking sleeps."""
    events, events_total = _pairs(outcome.events, MAX_EVENTS, lambda label: _text(label, LABEL_CHARS))
    blocking, blocking_total = _pairs(outcome.blocking, MAX_BLOCKING, _seconds)
    never_awaited = [_text(name, NAME_CHARS) for name in list(outcome.never_awaited)[:MAX_NEVER_AWAITED]]
    run = {"elapsed": round(_seconds(outcome.elapsed) or 0.0, 6), "events": events, "blocking": blocking}
    if expected_elapsed is not None:
        run["expected_elapsed"] = round(expected_elapsed, 6)
    if never_awaited:
        run["never_awaited"] = never_awaited
    if events_total > len(events):
        run["events_total"] = events_total
    if blocking_total > len(blocking):
        run["blocking_total"] = blocking_total
    return run


class TimelineRecorder:
    """Watches one test: which Outcomes it got from run_async, and what it expected their elapsed time to be."""

    def __init__(self):
        self.expected = {}

    def watch(self, test):
        """Wrap the test's elapsed-comparing assertions (on the instance only) to note the expected time."""
        if not isinstance(test, unittest.TestCase):
            return
        for name in ELAPSED_ASSERTIONS:
            original = getattr(test, name, None)
            if callable(original):
                setattr(test, name, self._noting(original))

    def _noting(self, assertion):
        def noted(first, second, *args, **kwargs):
            for observed, other in ((first, second), (second, first)):
                outcome = self._outcome_with_elapsed(observed)
                expected = _seconds(other)
                if outcome is not None and expected is not None:
                    self.expected[id(outcome)] = expected
                    break
            return assertion(first, second, *args, **kwargs)
        return noted

    @staticmethod
    def _outcome_with_elapsed(value):
        # Identity, not equality: only `outcome.elapsed` itself counts, not a number that happens to be equal.
        return next((outcome for outcome in grading._outcomes if outcome.elapsed is value), None)

    def take(self):
        """The timeline of the Outcomes seen since the last take (None if there were none); forgets them."""
        outcomes = list(grading._outcomes)
        grading._outcomes.clear()
        if not outcomes:
            return None
        runs = [run_timeline(outcome, self.expected.pop(id(outcome), None)) for outcome in outcomes[:MAX_RUNS]]
        self.expected.clear()
        timeline = {"runs": runs}
        if len(outcomes) > MAX_RUNS:
            timeline["runs_total"] = len(outcomes)
        return timeline
