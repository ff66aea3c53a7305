import ast
import math
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

# The value, by value: a list, the dict the test made of a TypeError, or {"kind": ...} for anything else.
async def shown(value):
    if isinstance(value, (list, tuple)) or (isinstance(value, dict) and "type_error" in value):
        return list(value) if isinstance(value, (list, tuple)) else value
    if isinstance(value, asyncio.Future):  # the gather future itself, returned without await
        value.cancel()
        try:
            await value
        except (asyncio.CancelledError, Exception):
            pass
        return {"kind": "a Future"}
    return {"kind": "None" if value is None else type(value).__name__}
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
result = [await shown(value), done_at]
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
beat = asyncio.create_task(heartbeat())
try:
    value = await submission.hash_all(hash_fn, items, workers)
except TypeError as error:
    if "is not callable" not in str(error):
        raise  # the checker explains the others (gather of a list, ...)
    value = {"type_error": str(error)}
done_at = now()
beat.cancel()
del loop.run_in_executor
still_open = 0
for executor in executors:
    if executor is not None and not getattr(executor, "_shutdown", True):
        still_open += 1
        executor.shutdown(wait=False)  # the learner's pool: do not leave its threads behind
# How many calls each executor handed a call runs at once (None: the loop's default executor).
sizes = [None if executor is None else getattr(executor, "_max_workers", None) for executor in executors]
result = [await shown(value), done_at, still_open, sizes]
"""


def blocking_hint(outcome):
    if not outcome.blocking:
        return ""
    return (f" The blocking function ran on the event loop's own thread ({len(outcome.blocking)} blocking "
            "time.sleep call(s) froze the loop): run it in a worker thread.")


def gave(call, value, expected, order_of):
    """The message for a wrong value: what came back, in words, with a hint only when the value proves the cause."""
    if isinstance(value, dict) and value.get("kind") == "a Future":
        return (f"{call} returned the future that asyncio.gather(...) hands back, not the results: its caller would "
                "have to await twice. Await it inside: return await asyncio.gather(...).")
    if isinstance(value, dict) and value.get("kind") == "None":
        return f"{call} gave None, expected {expected!r}: a coroutine that ends without return gives None."
    if isinstance(value, dict):
        return f"{call} gave a {value.get('kind')}, expected the list {expected!r}."
    hint = ""
    if len(value) == len(expected) and sorted(map(str, value)) == sorted(expected):
        hint = (f" The right results in another order: keep the order of {order_of} (gather does; asyncio.wait's "
                "set of done tasks and as_completed have an order of their own).")
    return f"{call} gave {value!r}, expected {expected!r} (in the order of {order_of}).{hint}"


def called_before_the_thread(name):
    """The source text of a call passed to asyncio.to_thread / run_in_executor where the function itself belongs
    (`to_thread(read_file(path))` runs it at once, on the loop, and hands its result to the thread), inside the
    learner's function `name`, or None."""
    for function in ast.walk(ast.parse(grading.source())):
        if isinstance(function, ast.AsyncFunctionDef) and function.name == name:
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
                    called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                    position = {"to_thread": 0, "run_in_executor": 1}.get(called)
                    if position is not None and len(node.args) > position and isinstance(node.args[position],
                                                                                          ast.Call):
                        return ast.unparse(node)
    return None


def type_error_message(name, error, outcome, how):
    call = called_before_the_thread(name) if "object is not callable" in error and outcome.blocking else None
    hint = ""
    if call is not None:
        hint = (f" {call} calls the blocking function right there, on the event loop's thread (it blocked the "
                f"loop), and hands its result to the thread instead of a function. Pass the function and its "
                f"argument separately: {how}.")
    return f"{name} raised TypeError({error!r}).{hint}"


def with_left_unawaited(nodes):
    """A with ThreadPoolExecutor block that hands calls to the pool and ends without awaiting them, in words."""
    for node in nodes:
        if isinstance(node, ast.With) and any(isinstance(item.context_expr, ast.Call) and "Executor" in
                                              ast.unparse(item.context_expr.func) for item in node.items):
            inner = list(ast.walk(node))
            hands = any(isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in ("run_in_executor", "submit") for call in inner)
            if hands and not any(isinstance(wait, ast.Await) for wait in inner):
                return (f"the with block on line {node.lineno} ends without awaiting the calls it handed to the "
                        "pool, and leaving it shuts the pool down with wait=True: the event loop's thread stops "
                        "there until every call has finished. Await the results inside the with block.")
    return None


def loop_waits_in(name):
    """What in the learner's function `name` waits for the threads on the loop's own thread, as far as the source
    shows: a with ThreadPoolExecutor block left before the results were awaited, pool.map, or the result() of a
    pool.submit future."""
    functions = [node for node in ast.walk(ast.parse(grading.source()))
                 if isinstance(node, ast.AsyncFunctionDef) and node.name == name]
    nodes = [node for function in functions for node in ast.walk(function)]
    methods = {}
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            methods.setdefault(node.func.attr, node)
    if "map" in methods and ast.unparse(methods["map"].func.value) != "asyncio":
        node = methods["map"]
    elif "submit" in methods and "result" in methods and "wrap_future" not in methods:
        node = methods["result"]
    elif with_left_unawaited(nodes):
        return with_left_unawaited(nodes)
    else:
        return ("something in it waited for the threads on the event loop's own thread (pool.map(...), the "
                "result() of a pool.submit future, or leaving a with ThreadPoolExecutor block, which waits for the "
                "running calls). Await the results instead: await asyncio.to_thread(...), or the futures "
                "loop.run_in_executor returns.")
    return (f"{ast.unparse(node)} on line {node.lineno} waits for the threads right there, on the event loop's own "
            "thread, which freezes every task until they finish. Await the results instead: await "
            "asyncio.to_thread(...), or the futures loop.run_in_executor returns.")


class ReadAllTest(unittest.TestCase):
    longMessage = False

    def test_reads_concurrently_in_threads(self):
        paths = ["/c:1", "/a:1", "/e:0.5", "/b:1", "/d:0.75"]
        outcome = grading.run_async(READ_ALL, paths=paths)
        value, done_at = outcome.value
        if isinstance(value, dict) and "type_error" in value:
            self.fail(type_error_message("read_all", value["type_error"], outcome,
                                         "asyncio.to_thread(read_file, path)"))
        expected = ["contents of " + p for p in paths]
        self.assertEqual(outcome.blocking, [], msg="read_all blocked the event loop." + blocking_hint(outcome))
        self.assertEqual(value, expected, msg=gave(f"read_all(read_file, {paths})", value, expected, "paths"))
        hint = " The reads ran one after another: start them all before awaiting (gather)." if done_at > 1.5 else ""
        self.assertAlmostEqual(done_at, 1.0, places=6,
                               msg=f"five reads of at most 1 s took {done_at:g} virtual seconds, expected 1.0.{hint}")
        beats = [at for at, label in outcome.events if label == "beat" and at < 1.0]
        hint = f" In read_all, {loop_waits_in('read_all')}" if len(beats) < 2 else ""
        self.assertEqual(len(beats), 4, msg=f"a heartbeat task beat {len(beats)} times during the reads, expected 4 "
                                            f"(every 0.25 s): the loop must stay free while the threads read.{hint}")

    def test_no_paths(self):
        value, _ = grading.run_async(READ_ALL, paths=[]).value
        if isinstance(value, dict) and "type_error" in value:
            self.fail(f"read_all(read_file, []) raised TypeError({value['type_error']!r}), expected [].")
        self.assertEqual(value, [], msg=gave("read_all(read_file, [])", value, [], "paths"))


class HashAllTest(unittest.TestCase):
    longMessage = False

    def hash_all(self, items, workers, elapsed):
        outcome = grading.run_async(HASH_ALL, items=items, workers=workers)
        value, done_at, still_open, sizes = outcome.value
        if isinstance(value, dict) and "type_error" in value:
            self.fail(type_error_message("hash_all", value["type_error"], outcome,
                                         "loop.run_in_executor(pool, hash_fn, item)"))
        expected = ["hash of " + i for i in items]
        self.assertEqual(outcome.blocking, [], msg="hash_all blocked the event loop." + blocking_hint(outcome))
        self.assertEqual(value, expected, msg=gave("hash_all", value, expected, "items"))
        pools = [size for size in sizes if size is not None]
        hint = ""
        if done_at < elapsed - 1e-6:
            if None in sizes:
                hint = (f" More than {workers} calls ran at once: use a ThreadPoolExecutor(max_workers=workers) of "
                        "your own with loop.run_in_executor, not the default executor (asyncio.to_thread and "
                        "run_in_executor(None, ...) use it).")
            elif pools and max(pools) > workers:
                hint = (f" More than {workers} calls ran at once: the pool they ran in had max_workers={max(pools)}. "
                        "Create it with ThreadPoolExecutor(max_workers=workers).")
            else:
                hint = (f" More than {workers} calls ran at once: run them in a ThreadPoolExecutor(max_workers="
                        "workers) of your own.")
        elif done_at > elapsed + 1e-6:
            if pools and max(pools) < workers:
                hint = (f" The pool had max_workers={max(pools)}, so fewer than {workers} calls ran at once: create "
                        "it with ThreadPoolExecutor(max_workers=workers).")
            else:
                hint = (" A worker sat idle while calls waited: hand every call to the pool before awaiting any, "
                        f"and give the pool {workers} workers.")
        self.assertAlmostEqual(done_at, elapsed, places=6,
                               msg=f"hash_all of {len(items)} items with workers={workers} took {done_at:g} virtual "
                                   f"seconds, expected {elapsed:g}.{hint}")
        # A loop that waits for the pool on its own thread misses (nearly) every beat. Only that is checked: on a
        # busy machine the virtual clock may skip a beat or two of a loop that was free all along.
        beats = [at for at, label in outcome.events if label == "beat" and at < done_at]
        expected_beats = math.ceil(elapsed / 0.25 - 1e-9)
        self.assertGreaterEqual(len(beats), expected_beats // 2,
                                msg=f"a heartbeat task beat {len(beats)} times during hash_all, expected "
                                    f"{expected_beats} (every 0.25 s for {elapsed:g} s): the event loop was frozen "
                                    f"while the pool worked. In hash_all, {loop_waits_in('hash_all')}")
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
