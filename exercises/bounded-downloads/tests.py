import ast
import unittest

import grading

# A fake fetch whose duration is in the url ("/a:3" takes 3 s); it records every start and end with its time.
DOWNLOAD_ALL = """
import asyncio
flight = {"now": 0, "peak": 0}
timeline = []

async def fetch(url):
    flight["now"] += 1
    flight["peak"] = max(flight["peak"], flight["now"])
    timeline.append((now(), "start"))
    try:
        await asyncio.sleep(float(url.rsplit(":", 1)[1]))
    finally:
        flight["now"] -= 1
        timeline.append((now(), "end"))
    return url.upper()

try:
    pages = await submission.download_all(fetch, urls, limit)
except RuntimeError as error:
    if "bound to a different event loop" not in str(error):
        raise
    result = {"other loop": str(error)}
else:
    if pages is None or isinstance(pages, (dict, set, frozenset)):
        result = {"returned": type(pages).__name__}
    else:
        result = {"pages": list(pages), "peak": flight["peak"], "timeline": timeline}
"""


def idle_slot(timeline, total, limit):
    """The first moment a slot stayed free while urls were waiting: (time, in flight, waiting), or None.

    Order-agnostic: any url may go next, but after every moment something changed, min(limit, unfinished) fetches
    must be in flight.
    """
    started = finished = 0
    for index, (at, kind) in enumerate(timeline):
        started += kind == "start"
        finished += kind == "end"
        if index + 1 < len(timeline) and timeline[index + 1][0] == at:
            continue  # everything that happens at one moment counts together
        in_flight = started - finished
        if in_flight < min(limit, total - finished):
            return at, in_flight, total - started
    return None


def idle_hint(timeline, total, limit, peak, idle):
    """What the timeline says about an idle slot found by idle_slot (None when it proves nothing in particular)."""
    at = idle[0]
    if peak == 1:
        return ("no more than one ever ran at once: are they all started up front, and do limit fetches get in "
                "together?")
    ended = {moment for moment, kind in timeline if kind == "end"}
    late = sorted({moment for moment, kind in timeline if kind == "start" and moment > at and moment not in ended})
    if late:
        return (f"a fetch started at {late[0]:g} s, a moment when none ended: something waited a fixed time (a sleep "
                "in a loop) instead of for a free slot. Wait on the semaphore itself (async with), which lets the "
                "next fetch in the moment one leaves")
    in_flight, drained = 0, set()
    for moment, kind in timeline:
        in_flight += 1 if kind == "start" else -1
        if in_flight == 0:
            drained.add(moment)
    if all(moment == 0 or moment in drained for moment, kind in timeline if kind == "start"):
        return "waiting for a whole batch to finish leaves slots idle"
    return ("a url waited while a slot was free: let whichever fetch finishes hand its slot to the next waiting url "
            "(one shared semaphore, or workers that each take the next url from one shared list or queue), rather "
            "than giving urls to slots in advance")


def constant_semaphore():
    """Whether the learner's code creates a Semaphore or BoundedSemaphore with a number written in the source."""
    return any(isinstance(node, ast.Call)
               and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("Semaphore", "BoundedSemaphore")
               and node.args and isinstance(node.args[0], ast.Constant)
               for node in ast.walk(ast.parse(grading.source())))


def semaphore_use():
    """How the learner's download_all uses a semaphore (read from the source, never run)."""
    tree = ast.parse(grading.source())
    awaited = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Await)}
    use = {"semaphore": False, "per fetch": False, "around creation": False}
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) in (
                    "Semaphore", "BoundedSemaphore"):
                use["semaphore"] = True
                use["per fetch"] |= function.name != "download_all" or any(
                    isinstance(loop, (ast.For, ast.AsyncFor, ast.comprehension)) and node in ast.walk(loop)
                    for loop in ast.walk(function))
            if isinstance(node, ast.AsyncWith):
                use["around creation"] |= any(
                    isinstance(call, ast.Call) and getattr(call.func, "id", None) == "fetch" and id(call) not in awaited
                    for statement in node.body for call in ast.walk(statement))
    return use


class DownloadAllTest(unittest.TestCase):
    longMessage = False  # our messages already say what was expected and what came back

    def download_all(self, urls, limit):
        outcome = grading.run_async(DOWNLOAD_ALL, urls=urls, limit=limit)
        if outcome.blocking:
            self.fail("download_all must not block the event loop with time.sleep: wait with await instead.")
        if "other loop" in outcome.value:
            self.fail(f"download_all raised RuntimeError({outcome.value['other loop']!r}): a Semaphore made during "
                      "an earlier call (a global, a default argument, an attribute) was used again, on another "
                      "event loop. Create one asyncio.Semaphore(limit) inside download_all, on every call.")
        if outcome.value.get("returned") == "NoneType":
            self.fail(f"download_all(fetch, {urls}, {limit}) returned None, expected the list of results: check that "
                      "it returns them (an async def without a return gives None).")
        if "returned" in outcome.value:
            self.fail(f"download_all(fetch, {urls}, {limit}) returned a {outcome.value['returned']}, expected a list "
                      "of the results in the order of urls (one per url, repeats included).")
        return outcome

    def test_never_exceeds_the_limit(self):
        outcome = self.download_all([f"/{n}:1" for n in range(6)], limit=2)
        peak = outcome.value["peak"]
        use = semaphore_use()
        if not use["semaphore"]:
            hint = " Guard each fetch with one asyncio.Semaphore(limit)."
        elif use["around creation"]:
            hint = (" Entering async with semaphore around fetch(url) only creates the coroutine; the fetch runs "
                    "later, outside the block. Acquire the semaphore inside the coroutine that awaits fetch.")
        elif peak == 3:
            hint = (" That is one more than the limit: asyncio.Semaphore(limit) lets exactly limit coroutines in "
                    "at once; check the number you create it with.")
        elif use["per fetch"]:
            hint = (" A new Semaphore for each fetch lets every fetch in: create one asyncio.Semaphore(limit) in "
                    "download_all and share it between all the fetches.")
        else:
            hint = (" The semaphore must be held while each fetch runs, and shared by all of them: "
                    "async with semaphore: return await fetch(url).")
        self.assertLessEqual(peak, 2, f"{peak} fetches were in flight at once with limit 2.{hint}")

    def test_uses_every_slot(self):
        outcome = self.download_all([f"/{n}:1" for n in range(6)], limit=2)
        if outcome.value["peak"] == 1:
            self.fail(f"only one fetch ran at a time: 6 one-second fetches took {outcome.elapsed:g} virtual "
                      "seconds, expected 3.0 with limit 2. Check two things: that every fetch is started up front "
                      "(gather or a TaskGroup, not await in a loop), and that limit fetches get in together "
                      "(asyncio.Semaphore(limit), not one less; or range(limit) workers).")
        idle = idle_slot(outcome.value["timeline"], 6, 2)
        hint = ""
        if idle and outcome.elapsed > 3 + 1e-6:
            hint = (f": at {idle[0]:g} s only {idle[1]} fetch(es) were in flight while {idle[2]} url(s) were waiting. "
                    "When several fetches finish at the same moment, as many waiting urls must start")
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"6 one-second fetches with limit 2 took {outcome.elapsed:g} virtual seconds, "
                                   f"expected 3.0{hint}.")

    def test_starts_the_next_fetch_as_soon_as_one_finishes(self):
        # Durations that fall on no round number: a loop that sleeps a fixed time between looks misses the moment.
        urls = ["/slow:3", "/a:1.37", "/b:0.61", "/c:1"]
        outcome = self.download_all(urls, limit=2)
        timeline = outcome.value["timeline"]
        idle = idle_slot(timeline, len(urls), 2)
        if idle:
            at, in_flight, waiting = idle
            why = idle_hint(timeline, len(urls), 2, outcome.value["peak"], idle)
            self.fail(f"at {at:g} s only {in_flight} fetch(es) were in flight with limit 2 while {waiting} url(s) "
                      f"were still waiting: start the next fetch as soon as one finishes ({why}).")

    def test_results_follow_the_urls(self):
        urls = ["/slow:3", "/a:1", "/b:2", "/a:1", "/c:1"]
        outcome = self.download_all(urls, limit=3)
        expected = [url.upper() for url in urls]
        hint = (": the right pages in another order; keep the order of urls, repeats included"
                if sorted(outcome.value["pages"]) == sorted(expected) else "")
        self.assertEqual(outcome.value["pages"], expected,
                         f"got {outcome.value['pages']!r}, expected {expected!r}: results must be in the order of "
                         f"urls{hint}.")
        starts = sum(1 for _, kind in outcome.value["timeline"] if kind == "start")
        self.assertEqual(starts, len(urls), f"fetch ran {starts} times for {len(urls)} urls, with '/a:1' listed "
                                            "twice: a url listed twice is fetched twice (do not remove repeats "
                                            "with a set or a dict).")

    def test_a_limit_of_three(self):
        outcome = self.download_all([f"/{n}:1" for n in range(7)], limit=3)
        peak = outcome.value["peak"]
        hint = ""
        if peak < 3 and constant_semaphore():
            hint = (f": at most {peak} ran at once. The limit comes from the limit argument: "
                    "asyncio.Semaphore(limit), not a number of your own")
        elif peak < 3:
            hint = f": at most {peak} ran at once; 3 must be able to run together"
        elif peak > 3:
            hint = f": {peak} ran at once, more than the limit"
        self.assertAlmostEqual(outcome.elapsed, 3.0, places=6,
                               msg=f"7 one-second fetches with limit 3 took {outcome.elapsed:g} virtual seconds, "
                                   f"expected 3.0 (3 + 3 + 1 at a time){hint}.")
        self.assertLessEqual(peak, 3, f"{peak} fetches were in flight at once with limit 3.")

    def test_limit_larger_than_the_work(self):
        outcome = self.download_all(["/a:1", "/b:1"], limit=10)
        self.assertAlmostEqual(outcome.elapsed, 1.0, places=6,
                               msg=f"2 fetches with limit 10 took {outcome.elapsed:g} s, expected 1.0.")

    def test_no_urls(self):
        outcome = self.download_all([], limit=3)
        self.assertEqual(outcome.value["pages"], [], f"no urls should give [], got {outcome.value['pages']!r}.")
