"""Runs the learner's code, then the exercise's public example, in the learner's browser (Pyodide, in a worker).

Nothing here grades: grading runs on the server. asyncio runs on the grader's virtual clock (grader/runtime/vclock.py),
so `await asyncio.sleep(1)` costs no real time in "Run" either, and a blocking `time.sleep` advances it the same way.
`asyncio.run(main())` and top-level `await` both work.
"""

import ast
import asyncio
import json
import linecache
import time
import traceback

import vclock

LEARNER_FILE = "your_code.py"
EXAMPLE_FILE = "example.py"


class BrowserClockLoop(vclock.VirtualClockLoop):
    """The grader's virtual-clock loop without its self-pipe: Pyodide has no socketpair, and no thread needs waking."""

    def _make_self_pipe(self):
        pass

    def _close_self_pipe(self):
        pass

    def _write_to_self(self):
        pass


def run(code, example=None):
    """Run `code`, then `example` in the same namespace; a JSON object saying how it ended, for the page."""
    clock = vclock.VirtualClock()
    blocking = []
    namespace = {"__name__": "__main__"}

    def run_on_virtual_clock(main, *, debug=None):
        # Pyodide marks its browser event loop as always running; ours runs to completion in its place.
        browser_loop = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)
        try:
            with asyncio.Runner(debug=debug, loop_factory=lambda: BrowserClockLoop(clock)) as runner:
                return runner.run(main)
        finally:
            asyncio.events._set_running_loop(browser_loop)

    def blocking_sleep(seconds):
        blocking.append(seconds)
        clock.now += seconds

    real_run, real_sleep = asyncio.run, time.sleep
    asyncio.run, time.sleep = run_on_virtual_clock, blocking_sleep
    try:
        for source, filename in ((code, LEARNER_FILE), (example, EXAMPLE_FILE)):
            if not source:
                continue
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            compiled = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
            pending = eval(compiled, namespace)
            if pending is not None:
                run_on_virtual_clock(pending)
        outcome = {"ok": True}
    except BaseException as error:  # SystemExit and KeyboardInterrupt end a script too: report them the same way
        outcome = {"ok": False, "error": describe(error)}
    finally:
        asyncio.run, time.sleep = real_run, real_sleep
    outcome.update(virtual_seconds=clock.now, blocking_sleeps=len(blocking))
    return json.dumps(outcome)


def describe(error):
    """The traceback a learner needs: only frames in their code and the example, and the line of theirs to look at."""
    ours = (LEARNER_FILE, EXAMPLE_FILE)
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename in ours]
    head = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames)) if frames else ""
    text = head + "".join(traceback.format_exception_only(type(error), error))
    where = [(frame.filename, frame.lineno) for frame in frames]
    if isinstance(error, SyntaxError) and error.filename in ours:
        where.append((error.filename, error.lineno))
    learner_lines = [line for filename, line in where if filename == LEARNER_FILE]
    return {
        "type": type(error).__name__,
        "message": str(error),
        "traceback": text.rstrip("\n"),
        "line": learner_lines[-1] if learner_lines else None,
        "in_example": bool(where) and where[-1][0] == EXAMPLE_FILE,
    }
