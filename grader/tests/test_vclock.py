import sys
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

    def test_the_loop_clock_reads_far_from_zero_as_a_real_one_does(self):
        # A number of seconds where a clock reading belongs (timeout_at(5), call_at(5, ...)) is in the past on a
        # real loop. Found: on a clock that started at 0 both behaved like their relative forms and passed.
        observed = run(
            "loop = asyncio.get_running_loop()\n"
            "readings = [loop.time() - now()]\n"
            "try:\n"
            "    async with asyncio.timeout_at(5):\n"
            "        await asyncio.sleep(1)\n"
            "    readings.append('finished')\n"
            "except TimeoutError:\n"
            "    readings.append(('timed out at', now()))\n"
            "fired = loop.create_future()\n"
            "loop.call_at(3, lambda: fired.set_result(now()))\n"
            "readings.append(('call_at(3) ran at', await fired))\n"
            "async with asyncio.timeout_at(loop.time() + 5):\n"
            "    await asyncio.sleep(1)\n"
            "readings.append(('sleep under timeout_at(loop.time() + 5) ended at', now()))\n"
            "result = readings\n")
        origin, *rest = observed["value"]
        self.assertGreater(origin, 1000)
        self.assertEqual(rest, [("timed out at", 0.0), ("call_at(3) ran at", 0.0),
                                ("sleep under timeout_at(loop.time() + 5) ended at", 1.0)])

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

    def test_a_deadlock_of_a_task_that_swallowed_its_cancellation_says_so(self):
        with self.assertRaisesRegex(vclock.Deadlock, r"worker was cancelled and is still waiting.*caught the "
                                                     r"CancelledError"):
            run("queue = asyncio.Queue()\n"
                "async def worker():\n"
                "    while True:\n"
                "        try:\n"
                "            await queue.get()\n"
                "        except asyncio.CancelledError:\n"
                "            pass\n"
                "task = asyncio.create_task(worker())\n"
                "await asyncio.sleep(1)\n"
                "task.cancel()\n"
                "await task\n")

    def test_polling_the_clock_is_reported_instead_of_spinning_to_the_wall_limit(self):
        started = time.monotonic()
        with self.assertRaises(vclock.BusyLoop):
            run("loop = asyncio.get_running_loop()\nend = loop.time() + 1\n"
                "while loop.time() < end:\n    await asyncio.sleep(0)\n")
        self.assertLess(time.monotonic() - started, 8)

    def test_polling_while_a_timer_is_pending_ends_when_the_timer_does(self):
        # On a real loop the spinning takes real time until the deadline. Found: refused as a busy loop, though the
        # task it waited for was only sleeping through its cleanup.
        observed = run(
            "async def worker():\n"
            "    try:\n"
            "        await asyncio.sleep(10)\n"
            "    except asyncio.CancelledError:\n"
            "        await asyncio.sleep(0.5)\n"
            "        raise\n"
            "task = asyncio.create_task(worker())\n"
            "await asyncio.sleep(1)\n"
            "task.cancel()\n"
            "while not task.done():\n"
            "    await asyncio.sleep(0)\n"
            "result = [task.cancelled(), now()]\n")
        self.assertEqual(observed["value"], [True, 1.5])

    def test_many_ready_turns_that_let_time_pass_are_not_a_busy_loop(self):
        observed = run("for i in range(300_000):\n    await asyncio.sleep(0)\n"
                       "    if i % 100_000 == 0:\n        await asyncio.sleep(0.1)\nresult = i")
        self.assertEqual(observed["value"], 299_999)


class ThreadsInVirtualTimeTest(unittest.TestCase):
    """Only a sleep on the loop's own thread blocks the loop; worker threads sleep in virtual time."""

    def test_to_thread_sleeps_are_not_blocking_and_take_virtual_time(self):
        started = time.monotonic()
        observed = run("import time\nresult = await asyncio.to_thread(time.sleep, 3)\n")
        self.assertLess(time.monotonic() - started, 0.5)
        self.assertEqual((observed["blocking"], observed["elapsed"]), ([], 3.0))

    def test_sleeps_in_threads_overlap_like_real_ones(self):
        observed = run(
            "import time\n"
            "def brew(name, seconds):\n"
            "    time.sleep(seconds)\n"
            "    record(name)\n"
            "    return name\n"
            "result = await asyncio.gather(asyncio.to_thread(brew, 'tea', 3), asyncio.to_thread(brew, 'coffee', 2),\n"
            "                              fetch('on the loop', 1))\n")
        self.assertEqual(observed["value"], ["tea", "coffee", "on the loop"])
        self.assertEqual(observed["blocking"], [])
        self.assertEqual(observed["elapsed"], 3.0)
        self.assertIn((2.0, "coffee"), observed["events"])
        self.assertIn((3.0, "tea"), observed["events"])

    def test_run_in_executor_and_several_sleeps_in_one_job(self):
        observed = run(
            "import time\n"
            "def twice():\n"
            "    time.sleep(1)\n"
            "    record('half way')\n"
            "    time.sleep(1.5)\n"
            "    return 'done'\n"
            "loop = asyncio.get_running_loop()\n"
            "result = await loop.run_in_executor(None, twice)\n")
        self.assertEqual((observed["value"], observed["elapsed"], observed["blocking"]), ("done", 2.5, []))
        self.assertEqual(observed["events"], [(1.0, "half way")])

    def test_more_jobs_than_workers_queue_up_as_in_a_real_pool(self):
        observed = run(
            "import time\n"
            "from concurrent.futures import ThreadPoolExecutor\n"
            "loop = asyncio.get_running_loop()\n"
            "with ThreadPoolExecutor(max_workers=2) as pool:\n"
            "    result = await asyncio.gather(*(loop.run_in_executor(pool, time.sleep, 1) for _ in range(4)))\n")
        self.assertEqual((observed["elapsed"], observed["blocking"]), (2.0, []))

    def test_a_plain_thread_sleeps_in_virtual_time(self):
        observed = run(
            "import threading, time\n"
            "done = asyncio.Event()\n"
            "loop = asyncio.get_running_loop()\n"
            "def work():\n"
            "    time.sleep(2)\n"
            "    loop.call_soon_threadsafe(done.set)\n"
            "threading.Thread(target=work).start()\n"
            "await done.wait()\n"
            "result = now()\n")
        self.assertEqual((observed["value"], observed["blocking"]), (2.0, []))

    def test_a_worker_doing_real_work_holds_the_clock(self):
        # The loop may not jump to its 5 s timer while the worker computes: the job ends first, at 0 s.
        observed = run(
            "def compute():\n"
            "    return sum(range(200_000))\n"
            "timer = asyncio.create_task(asyncio.sleep(5))\n"
            "result = (await asyncio.to_thread(compute), now())\n"
            "timer.cancel()\n")
        self.assertEqual(observed["value"], (sum(range(200_000)), 0.0))

    def test_a_cancelled_wait_on_a_thread_still_times_out_on_time(self):
        observed = run(
            "import time\n"
            "try:\n"
            "    async with asyncio.timeout(1):\n"
            "        await asyncio.to_thread(time.sleep, 3)\n"
            "except TimeoutError:\n"
            "    result = now()\n")
        self.assertEqual(observed["value"], 1.0)
        self.assertEqual(observed["blocking"], [])

    def test_sleep_imported_by_name_is_virtual_too(self):
        module = type(sys)("submission")
        exec("from time import sleep\nasync def brew():\n    sleep(2)\n", module.__dict__)
        observed = vclock.run_body("await submission.brew()\nresult = now()", {"submission": module})
        self.assertEqual((observed["value"], observed["blocking"]), (2.0, [(0.0, 2)]))
        self.assertIs(module.sleep, time.sleep)

    def test_a_loop_blocked_joining_a_sleeping_thread_does_not_hang(self):
        # join() blocks the loop's thread, so the loop cannot move the clock: the sleeper moves it itself, as real
        # time would pass.
        started = time.monotonic()
        observed = run(
            "import threading, time\n"
            "worker = threading.Thread(target=time.sleep, args=(2,))\n"
            "worker.start()\n"
            "worker.join()\n"
            "result = now()\n")
        self.assertEqual((observed["value"], observed["blocking"]), (2.0, []))
        self.assertLess(time.monotonic() - started, 1.5)

    def test_a_worker_joining_a_sleeping_thread_is_not_busy(self):
        started = time.monotonic()
        observed = run(
            "import threading, time\n"
            "async def brew(seconds):\n"
            "    machine = threading.Thread(target=time.sleep, args=(seconds,))\n"
            "    machine.start()\n"
            "    await asyncio.to_thread(machine.join)\n"
            "    return now()\n"
            "result = await asyncio.gather(brew(3), brew(2), fetch('meanwhile', 1))\n")
        self.assertEqual((observed["value"], observed["elapsed"], observed["blocking"]),
                         ([3.0, 2.0, "meanwhile"], 3.0, []))
        # A joining worker waits for the sleeper, it is not busy: no second-long grace period per thread.
        self.assertLess(time.monotonic() - started, 1.5)

    def test_a_worker_waiting_for_its_own_pool_is_not_busy(self):
        # pool.map inside a worker thread: the worker waits (on the futures' condition) while the pool's threads
        # sleep. Found: counted as busy, each step cost a second of real time and a long run hit the wall limit.
        for workers, expected in ((1, 4.0), (2, 2.0), (4, 1.0)):
            started = time.monotonic()
            observed = run(
                "import concurrent.futures, time\n"
                "def hash_fn(item):\n"
                "    time.sleep(1)\n"
                "    return item * 2\n"
                f"with concurrent.futures.ThreadPoolExecutor(max_workers={workers}) as pool:\n"
                "    value = await asyncio.to_thread(lambda: list(pool.map(hash_fn, [1, 2, 3, 4])))\n"
                "result = [value, now()]\n")
            self.assertEqual((observed["value"], observed["blocking"]), ([[2, 4, 6, 8], expected], []))
            self.assertLess(time.monotonic() - started, 1.5)

    def test_a_pool_shut_down_inside_a_worker_thread(self):
        # The worker joins the pool's threads as they exit: real work the clock must wait for. Found: counted as a
        # join of a sleeping thread, which let the loop see nothing busy and raise Deadlock (4 runs in 5).
        for _ in range(10):
            observed = run(
                "import concurrent.futures, time\n"
                "def hash_fn(item):\n"
                "    time.sleep(item)\n"
                "    return item * 2\n"
                "def in_a_pool(items):\n"
                "    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:\n"
                "        return list(pool.map(hash_fn, items))\n"
                "value = await asyncio.to_thread(in_a_pool, [2, 1, 1, 3, 0.5, 1])\n"
                "result = [value, now()]\n")
            self.assertEqual((observed["value"], observed["blocking"]), ([[4, 2, 2, 6, 1.0, 2], 4.0], []))

    def test_threads_waiting_on_a_queue_and_an_event_are_not_busy(self):
        started = time.monotonic()
        observed = run(
            "import queue, threading, time\n"
            "jobs, done, log = queue.Queue(), threading.Event(), []\n"
            "def producer():\n"
            "    for n in range(3):\n"
            "        time.sleep(1)\n"
            "        jobs.put(n)\n"
            "    jobs.put(None)\n"
            "def consumer():\n"
            "    while (n := jobs.get()) is not None:\n"
            "        log.append((n, now()))\n"
            "    done.wait()\n"
            "    log.append(('done', now()))\n"
            "threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]\n"
            "for thread in threads:\n"
            "    thread.start()\n"
            "await asyncio.sleep(5)\n"
            "done.set()\n"
            "for thread in threads:\n"
            "    await asyncio.to_thread(thread.join)\n"
            "result = log\n")
        self.assertEqual(observed["value"], [(0, 1.0), (1, 2.0), (2, 3.0), ("done", 5.0)])
        self.assertEqual((observed["elapsed"], observed["blocking"]), (5.0, []))
        self.assertLess(time.monotonic() - started, 1.5)

    def test_an_idle_worker_pool_does_not_hide_a_deadlock(self):
        with self.assertRaises(vclock.Deadlock):
            run("await asyncio.to_thread(len, [])\nawait asyncio.get_running_loop().create_future()")


if __name__ == "__main__":
    unittest.main()


class TestCodeNamespaceTest(unittest.TestCase):
    def test_asyncio_is_available_to_test_code_without_an_import(self):
        observed = vclock.run_body("await asyncio.sleep(2)\nresult = now()", {})
        self.assertEqual(observed["value"], 2.0)
