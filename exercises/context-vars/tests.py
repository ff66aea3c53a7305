import re
import unittest

import grading

KIND = """
import contextvars
var = getattr(submission, "request_id", None)
if isinstance(var, contextvars.ContextVar):
    result = [var.name, None]
    try:
        result[1] = contextvars.Context().run(var.get)
    except LookupError:
        result[1] = "no default"
else:
    result = [type(var).__name__, None]
"""

SERVE = """
import contextvars
if extra:
    # The same handle on a slower day: each request waits `extra` seconds before it starts. serve must wait for
    # every handle it started, however long each one takes.
    original_handle = submission.handle

    async def slower_handle(rid, delays, lines):
        await asyncio.sleep(extra)
        return await original_handle(rid, delays, lines)

    submission.handle = slower_handle
try:
    before = submission.log_line("before")
    lines = await submission.serve(requests)
    after = submission.log_line("after")
finally:
    if extra:
        submission.handle = original_handle
result = [lines if isinstance(lines, list) else type(lines).__name__, before, after,
          isinstance(getattr(submission, "request_id", None), contextvars.ContextVar)]
"""

SPAWN = """
import contextvars
value = await submission.spawn_child(rid)
result = [list(value) if isinstance(value, tuple) else
          {"a list": value} if isinstance(value, list) and all(isinstance(item, str) for item in value)
          else type(value).__name__,
          submission.log_line("caller"),
          isinstance(getattr(submission, "request_id", None), contextvars.ContextVar)]
"""


class RequestIdTest(unittest.TestCase):
    longMessage = False

    def test_is_a_context_var_with_a_default(self):
        name, default = grading.run(KIND)
        if default is None:
            self.fail(f"request_id is a {name}, expected a contextvars.ContextVar: a global or threading.local is "
                      "shared by every task (they all run in one thread).")
        self.assertEqual(name, "request_id", msg=f"the ContextVar is named {name!r}, expected 'request_id'.")
        self.assertEqual(default, "-", msg=f"request_id's default is {default!r}, expected '-': "
                                           "ContextVar('request_id', default='-').")

    def test_log_line_outside_a_request(self):
        got = grading.run("result = submission.log_line('hello')")
        hint = (" That is the ContextVar object itself: read its value with request_id.get()."
                if "<ContextVar" in str(got) else
                " That is the method request_id.get itself: call it, request_id.get()."
                if "<built-in method get" in str(got) else "")
        self.assertEqual(got, "[-] hello", msg=f"log_line('hello') outside any request gave {got!r}, expected "
                                               f"'[-] hello'.{hint}")


class ServeTest(unittest.TestCase):
    longMessage = False

    def serve(self, requests, expected, elapsed, extra=0):
        outcome = grading.run_async(SERVE, requests=requests, extra=extra)
        lines, before, after, is_context_var = outcome.value
        hint = ""
        if isinstance(lines, list) and any("<built-in method get" in str(line) for line in lines):
            hint = (" The lines show the method request_id.get itself, not the id: call it, request_id.get() "
                    "(with parentheses).")
        elif isinstance(lines, list) and any("<ContextVar" in str(line) for line in lines):
            hint = (" The lines show the ContextVar object itself, not its value: log_line must read the current "
                    "id with request_id.get().")
        elif isinstance(lines, list) and len(lines) > len(expected) and lines[-len(expected):] == expected:
            hint = (" The lines of an earlier call are still in the list: serve must start a new list on every "
                    "call (a default argument such as lines=[] is created once and shared by every call).")
        elif (isinstance(lines, list) and len(lines) == len(expected)
              and [re.sub(r"step (\d+)", lambda m: f"step {int(m.group(1)) - 1}", str(line)) for line in lines]
              == expected):
            hint = " Every step number is one too high: i counts from 0 (enumerate(delays) gives 0, 1, ...)."
        elif (isinstance(lines, list) and len(lines) == len(expected) and len(requests) > 1
              and all(got == want or (got.startswith("[-]") and want.endswith(" step 0") and
                                      got.split("]", 1)[1] == want.split("]", 1)[1])
                      for got, want in zip(map(str, lines), expected))):
            hint = (" Each request's first line shows the default '-' and the later ones its id: the id was set "
                    "only after the first step. Set it at the start of handle, before the first sleep.")
        elif lines == [] and abs(outcome.elapsed) < 1e-6:
            hint = (" serve returned before its tasks had run: await them all (gather or a TaskGroup) before "
                    "returning the lines.")
        elif (isinstance(lines, list) and lines and len(requests) > 1
              and all(str(line).startswith("[-]") for line in lines)):
            hint = (" Every line shows the default '-': the id handle set is not the one log_line reads. Set the "
                    "module's request_id (request_id.set(rid)) inside handle.")
        elif (isinstance(lines, list) and len(set(line.split("]")[0] for line in lines)) == 1 and len(requests) > 1
              and is_context_var):
            hint = (" Every line carries the same id, although request_id is a ContextVar: the handles share one "
                    "context. Run each handle as its own task and let asyncio.create_task (or gather, or a "
                    "TaskGroup) give it its own copy of the context; do not pass one Context to all of them.")
        elif isinstance(lines, list) and len(set(line.split("]")[0] for line in lines)) == 1 and len(requests) > 1:
            hint = (" Every line carries the same id: a global (or threading.local) is shared by all the tasks. "
                    "Keep the id in a ContextVar and set it inside handle.")
        elif (isinstance(lines, list) and extra and len(lines) < len(expected) and lines == expected[:len(lines)]):
            hint = (f" With every handle taking {extra:g} s longer, only the first {len(lines)} line(s) were there "
                    "when serve returned: serve returned before every handle had finished. Await the tasks "
                    "(gather, or a TaskGroup) instead of sleeping for a time you worked out.")
        elif isinstance(lines, list) and sorted(lines) == sorted(expected) and outcome.elapsed > elapsed + 1e-6:
            hint = (" The right lines in another order, and it took longer: the requests ran one after another; run "
                    "the requests as concurrent tasks.")
        elif isinstance(lines, list) and sorted(lines) == sorted(expected):
            hint = (" The right lines in another order: they must be in the order they happened. Let every handle "
                    "append to the one shared lines list as it goes, not to a list of its own that is joined later.")
        self.assertEqual(lines, expected, msg=f"serve({requests}) gave {lines!r}, expected {expected!r}.{hint}")
        self.assertAlmostEqual(outcome.elapsed, elapsed, places=6,
                               msg=f"serve took {outcome.elapsed:g} virtual seconds, expected {elapsed:g}: run the "
                                   "requests as concurrent tasks.")
        self.assertEqual(after, "[-] after",
                         msg=f"after serve, the caller's log_line('after') gave {after!r}, expected '[-] after': the "
                             "request id leaked out to the caller. Set it inside handle, which runs in its task's own "
                             "copy of the context, not in serve.")

    def test_two_requests_interleave(self):
        self.serve([("A", [1, 2]), ("B", [1.5])], ["[A] step 0", "[B] step 0", "[A] step 1"], 3.0)

    def test_many_requests(self):
        requests = [("r1", [0.5, 2]), ("r2", [1, 1, 1]), ("r3", []), ("r4", [2.25]), ("r5", [0.25, 0.5, 3])]
        expected = ["[r5] step 0", "[r1] step 0", "[r5] step 1", "[r2] step 0", "[r2] step 1", "[r4] step 0",
                    "[r1] step 1", "[r2] step 2", "[r5] step 2"]
        self.serve(requests, expected, 3.75)

    def test_waits_for_slower_handles(self):
        # every request starts 1 s later: the same lines, each 1 s later
        self.serve([("A", [1, 2]), ("B", [1.5]), ("C", [0.5, 0.25])],
                   ["[C] step 0", "[C] step 1", "[A] step 0", "[B] step 0", "[A] step 1"], 4.0, extra=1)

    def test_no_requests(self):
        lines, _, _, _ = grading.run_async(SERVE, requests=[], extra=0).value
        hint = (" Those are lines of earlier calls: serve must start a new list on every call (a default argument "
                "such as lines=[] is created once and shared by every call)." if lines else "")
        self.assertEqual(lines, [], msg=f"serve([]) gave {lines!r}, expected [].{hint}")


class SpawnChildTest(unittest.TestCase):
    longMessage = False

    def test_child_inherits_and_its_change_stays_in_it(self):
        value, _, is_context_var = grading.run_async(SPAWN, rid="req-7").value
        if isinstance(value, dict):
            self.fail(f"spawn_child('req-7') returned the list {value['a list']!r}, expected a tuple "
                      "(what the child read, what the parent reads afterwards): return child_saw, parent_now.")
        hint = ""
        if isinstance(value, list) and value[:1] == ["-"]:
            hint = (" The child saw the default: a task copies the context when it is created, so set the id before "
                    "creating the child.")
        elif isinstance(value, list) and value[1:] == ["req-7/child"] and is_context_var:
            hint = (" The child's change reached the parent: the child ran in the parent's own context. Awaiting a "
                    "coroutine directly runs it inside the same task; start the child as a task "
                    "(asyncio.create_task(child())) so that it gets a copy of the context.")
        elif isinstance(value, list) and value[1:] == ["req-7/child"]:
            hint = " The child's change reached the parent: a global is shared; a ContextVar set in a task stays there."
        elif isinstance(value, list) and value[:1] == ["req-7/child"]:
            hint = (" The child reported its own new value: it must read the request id first (what it inherited), "
                    "then set it to rid + '/child'.")
        elif isinstance(value, list) and value[:1] == [None]:
            hint = (" What the child read came back as None: a coroutine that ends without return gives None. Return "
                    "(or store) what the child read.")
        elif isinstance(value, list) and value[1:] == ["-"] and "reset" in grading.source():
            hint = (" The parent read '-' afterwards: request_id.reset(token) put the parent's id back before it was "
                    "read. Read it first (or do not reset it).")
        self.assertEqual(value, ["req-7", "req-7"], msg=f"spawn_child('req-7') gave {value!r}, expected "
                                                        f"('req-7', 'req-7').{hint}")
