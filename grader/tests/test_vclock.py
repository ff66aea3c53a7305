import time
import unittest

from grader.runtime import vclock

FETCH = """
import asyncio
async def fetch(name, seconds=1):
    record(f"start {name}")
    await asyncio.sleep(seconds)
    record(f"end {name}")
    return name
"""


def run(code):
    return vclock.run_body(FETCH + code, {})


class VirtualClockTest(unittest.TestCase):
    def test_concurrent_sleeps_overlap_and_take_no_real_time(self):
        started = time.monotonic()
        observed = run("result = await asyncio.gather(fetch('a'), fetch('b'), fetch('c'))")
        self.assertLess(time.monotonic() - started, 0.5)
        self.assertEqual(observed["value"], ["a", "b", "c"])
        self.assertEqual(observed["elapsed"], 1.0)
        self.assertEqual([label for _, label in observed["events"]][:3], ["start a", "start b", "start c"])
        self.assertEqual({at for at, label in observed["events"] if label.startswith("end")}, {1.0})

    def test_sequential_sleeps_add_up(self):
        observed = run("result = [await fetch(n) for n in 'abc']")
        self.assertEqual(observed["elapsed"], 3.0)

    def test_timeouts_fire_on_virtual_time(self):
        observed = run(
            "try:\n"
            "    async with asyncio.timeout(2.5):\n"
            "        await fetch('slow', 10)\n"
            "except TimeoutError:\n"
            "    result = now()\n")
        self.assertEqual(observed["value"], 2.5)
        observed = run(
            "try:\n"
            "    await asyncio.wait_for(fetch('slow', 10), 1.5)\n"
            "except TimeoutError:\n"
            "    result = now()\n")
        self.assertEqual(observed["value"], 1.5)

    def test_task_group_queue_and_semaphore_work(self):
        observed = run(
            "limit = asyncio.Semaphore(2)\n"
            "queue = asyncio.Queue()\n"
            "async def limited(name):\n"
            "    async with limit:\n"
            "        await queue.put(await fetch(name))\n"
            "async with asyncio.TaskGroup() as group:\n"
            "    for name in 'abcd':\n"
            "        group.create_task(limited(name))\n"
            "result = sorted([queue.get_nowait() for _ in range(queue.qsize())])\n")
        self.assertEqual(observed["value"], ["a", "b", "c", "d"])
        self.assertEqual(observed["elapsed"], 2.0)

    def test_blocking_sleep_is_recorded_and_freezes_the_clock_forward(self):
        observed = run("import time\ntime.sleep(0.5)\nawait fetch('a')\ntime.sleep(2)\n")
        self.assertEqual(observed["blocking"], [(0.0, 0.5), (1.5, 2)])
        self.assertEqual(observed["elapsed"], 3.5)
        self.assertEqual(type(time.sleep).__name__, "builtin_function_or_method")

    def test_coroutines_never_awaited_are_named(self):
        observed = run("fetch('forgotten')\nresult = 1\n")
        self.assertEqual(observed["never_awaited"], ["fetch"])

    def test_a_deadlock_is_reported_instead_of_hanging(self):
        with self.assertRaises(vclock.Deadlock):
            run("await asyncio.get_running_loop().create_future()")


if __name__ == "__main__":
    unittest.main()


class TestCodeNamespaceTest(unittest.TestCase):
    def test_asyncio_is_available_to_test_code_without_an_import(self):
        observed = vclock.run_body("await asyncio.sleep(2)\nresult = now()", {})
        self.assertEqual(observed["value"], 2.0)
