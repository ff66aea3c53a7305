import unittest

import grading

# Blocking functions: "name:seconds" sleeps that long with time.sleep, then answers.
SETUP = """
import time

def read_file(path):
    time.sleep(float(path.split(":")[1]))
    return "contents of " + path

def hash_fn(item):
    time.sleep(float(item.split(":")[1]))
    return "hash of " + item

async def heartbeat():
    for _ in range(40):
        record("beat")
        await asyncio.sleep(0.25)
"""

READ_ALL = SETUP + """
beat = asyncio.create_task(heartbeat())
try:
    value = await submission.read_all(read_file, paths)
except TypeError as error:
    if "is not callable" not in str(error):
        raise  # the checker explains the others (gather of a list, ...)
    value = {"type_error": str(error)}
done_at = now()
beat.cancel()
result = [list(value) if isinstance(value, (list, tuple)) else value if isinstance(value, dict)
          else type(value).__name__, done_at]
"""

HASH_ALL = SETUP + """
# Note the executors hash_all hands its calls to, to see afterwards whether it shut its pool down.
loop = asyncio.get_running_loop()
executors = []
real_run_in_executor = loop.run_in_executor

def noting_run_in_executor(executor, func, *args):
    if executor not in executors:
        executors.append(executor)
    return real_run_in_executor(executor, func, *args)

loop.run_in_executor = noting_run_in_executor
value = await submission.hash_all(hash_fn, items, workers)
done_at = now()
del loop.run_in_executor
still_open = 0
for executor in executors:
    if executor is not None and not getattr(executor, "_shutdown", True):
        still_open += 1
        executor.shutdown(wait=False)  # the learner's pool: do not leave its threads behind
result = [list(value) if isinstance(value, (list, tuple)) else type(value).__name__, done_at, still_open]
"""


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    return (f" The blocking function ran on the event loop's own thread ({len(outcome.blocking)} blocking "
            "time.sleep call(s) froze the loop): run it in a worker thread.")


class ReadAllTest(unittest.TestCase):
    longMessage = False

    def test_reads_concurrently_in_threads(self):
        paths = ["/c:1", "/a:1", "/e:0.5", "/b:1", "/d:0.75"]
        outcome = grading.run_async(READ_ALL, paths=paths)
        value, done_at = outcome.value
        if isinstance(value, dict):
            error = value["type_error"]
            hint = ""
            if "object is not callable" in error and outcome.blocking:
                hint = (" read_file(path) ran right there, on the event loop's thread (it blocked the loop), and "
                        "to_thread received its result instead of a function. Pass the function and its argument "
                        "separately: asyncio.to_thread(read_file, path).")
            self.fail(f"read_all raised TypeError({error!r}).{hint}")
        expected = ["contents of " + p for p in paths]
        self.assertEqual(outcome.blocking, [], msg="read_all blocked the event loop." + blocking_hint(outcome))
        self.assertEqual(value, expected, msg=f"read_all(read_file, {paths}) gave {value!r}, expected {expected!r} "
                                              "(in the order of paths).")
        hint = " The reads ran one after another: start them all before awaiting (gather)." if done_at > 1.5 else ""
        self.assertAlmostEqual(done_at, 1.0, places=6,
                               msg=f"five reads of at most 1 s took {done_at:g} virtual seconds, expected 1.0.{hint}")
        beats = [at for at, label in outcome.events if label == "beat" and at < 1.0]
        self.assertEqual(len(beats), 4, msg=f"a heartbeat task beat {len(beats)} times during the reads, expected 4 "
                                            "(every 0.25 s): the loop must stay free while the threads read.")

    def test_no_paths(self):
        value, _ = grading.run_async(READ_ALL, paths=[]).value
        if isinstance(value, dict):
            self.fail(f"read_all(read_file, []) raised TypeError({value['type_error']!r}), expected [].")
        self.assertEqual(value, [], msg=f"read_all(read_file, []) gave {value!r}, expected [].")


class HashAllTest(unittest.TestCase):
    longMessage = False

    def hash_all(self, items, workers, elapsed):
        outcome = grading.run_async(HASH_ALL, items=items, workers=workers)
        value, done_at, still_open = outcome.value
        expected = ["hash of " + i for i in items]
        self.assertEqual(outcome.blocking, [], msg="hash_all blocked the event loop." + blocking_hint(outcome))
        self.assertEqual(value, expected, msg=f"hash_all gave {value!r}, expected {expected!r} (in the order of "
                                              "items).")
        hint = ""
        if done_at < elapsed - 1e-6:
            hint = (f" More than {workers} calls ran at once: use a ThreadPoolExecutor(max_workers=workers) of your "
                    "own with loop.run_in_executor, not the default executor.")
        elif done_at > elapsed + 1e-6:
            hint = (" A worker sat idle while calls waited: hand every call to the pool before awaiting any, and "
                    f"give the pool {workers} workers.")
        self.assertAlmostEqual(done_at, elapsed, places=6,
                               msg=f"hash_all of {len(items)} items with workers={workers} took {done_at:g} virtual "
                                   f"seconds, expected {elapsed:g}.{hint}")
        self.assertEqual(still_open, 0, msg="when hash_all returned, its ThreadPoolExecutor had not been shut down "
                                            "(its worker threads stay alive, waiting for work). Use the pool in a with "
                                            "block (with ThreadPoolExecutor(max_workers=workers) as pool:), or call "
                                            "pool.shutdown() before returning.")

    def test_two_workers(self):
        self.hash_all(["a:1", "b:1", "c:1", "d:1", "e:1"], 2, 3.0)

    def test_three_workers_and_uneven_items(self):
        self.hash_all(["a:2", "b:1", "c:1", "d:3", "e:0.5", "f:1"], 3, 4.0)

    def test_one_worker(self):
        self.hash_all(["a:1", "b:0.5", "c:1"], 1, 2.5)
