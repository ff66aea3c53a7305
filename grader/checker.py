"""The trusted checker: runs an exercise's hidden tests against a submission in a sandboxed runner.

The verdict is decided here, in a process the learner's code cannot reach: it only ever sees the runner.
`grade()` returns a result in the Exercism test-runner v3 shape plus a score.
"""

import os
import sys
import time
import unittest

from grader import explain, grading
from grader.remote import Channel, MissingName, RunnerGone, SubmissionModule
from grader.sandbox import runner_argv
from grader.timeline import TimelineRecorder

TEST_OUTPUT_CHARS = 16 * 1024
MESSAGE_CHARS = 4000


class SandboxStartFailed(Exception):
    """The sandbox could not start: a grader or host problem, never a verdict on the learner's code."""


class RunnerProcess:
    """A runner started in its own sandbox, waiting for a submission (possibly started ahead of time)."""

    def __init__(self, limits, launcher, preload_asyncio=False, argv=None):
        self.limits = limits
        self.preload_asyncio = preload_asyncio
        request_read, self.request_fd = os.pipe()
        self.answer_fd, answer_write = os.pipe()
        self.output_fd, output_write = os.pipe()
        argv = argv or runner_argv(launcher.package_root())
        if preload_asyncio:
            argv = [*argv, "--preload-asyncio"]
        try:
            self.sandbox = launcher.start(argv, {0: request_read, 1: output_write, 2: output_write, 3: answer_write},
                                          limits)
        finally:
            for fd in (request_read, output_write, answer_write):
                os.close(fd)

    def connect(self, started, first_request):
        """A channel to this runner and its answer to `first_request`; the wall clock starts at `started`.

        The first request is written before the greeting is read, so a runner still starting finds it waiting.
        """
        channel = Channel(self.sandbox, self.request_fd, self.answer_fd, self.output_fd, self.limits, started)
        try:
            channel.send(first_request)
            channel.wait_ready()
        except RunnerGone:
            # Nothing of the learner's has run yet (the runner greets before it reads the submission), so this is
            # the sandbox failing to start: the host's or the grader's problem, never a verdict on their code.
            output, _ = channel.take_output()
            outcome = self.sandbox.outcome()
            raise SandboxStartFailed(
                f"the sandbox did not start (status {outcome.status}, exit code {outcome.exit_code}, signal "
                f"{outcome.signal}): {output.strip()[:500] or 'no output'}") from None
        try:
            return channel, channel.read_answer()
        except RunnerGone as gone:
            return channel, gone

    def forget(self):
        """Drop this process's copies of the pipes (the runner now belongs to a checker child)."""
        for fd in (self.request_fd, self.answer_fd, self.output_fd, self.sandbox.status_fd):
            if fd is not None:
                os.close(fd)

    def close(self):
        self.sandbox.close()
        for fd in (self.request_fd, self.answer_fd, self.output_fd):
            os.close(fd)


def test_display_name(test):
    """`CountdownTest.test_yields_in_order` -> `CountdownTest > yields in order`."""
    method = getattr(test, "_testMethodName", None) or str(test)
    words = method[5:] if method.startswith("test_") else method
    return f"{type(test).__name__} > {words.replace('_', ' ').strip()}"


def learner_trace_lines(error):
    lines = []
    for line, function, text in getattr(error, "learner_trace", [])[-5:]:
        where = "at the top level" if function == "<module>" else f"in {function}"
        lines.append(f"  line {line}, {where}: {str(text).strip()}")
    return lines


def describe_error(error):
    """A learner-facing message for an exception that ended a test (never the hidden test's traceback)."""
    if isinstance(error, RunnerGone):
        return error.reason
    if isinstance(error, MissingName):
        return str(error)
    if isinstance(error, AssertionError):
        return str(error) or "the check failed"
    if hasattr(error, "learner_type"):
        return explain.learner_error(error.learner_type, getattr(error, "learner_message", ""),
                                     getattr(error, "learner_trace", []), learner_trace_lines(error))
    text = str(error)
    if isinstance(error, TypeError) and "'Handle'" in text:
        # The test did arithmetic or comparison on something the learner's code returned that is not plain data.
        return ("The check needed a plain value (a number, a string, a list ...) and your code gave it an object "
                "instead, for example a generator, a coroutine or an instance of a class. Python said: "
                + text.replace("'Handle'", "'object from your code'"))
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def clip(text, limit):
    return text if len(text) <= limit else text[:limit] + f"\n[... {len(text) - limit} more characters]"


class FeedbackResult(unittest.TestResult):
    """Collects one entry per test (and per subtest), in run order, with the output printed during it."""

    def __init__(self, channel):
        super().__init__()
        self.channel = channel
        self.entries = []
        self.tests_with_subtests = set()
        self.timeline = TimelineRecorder()

    def _entry(self, name, status, message=None):
        # A coroutine the learner's code created and dropped is a bug even when the rest looked right, and when
        # something failed it is the first thing to fix (a missing await shows up as wrong timings or values),
        # unless the test's own message already explains what became of a coroutine.
        never_awaited = list(grading._never_awaited)
        grading._never_awaited.clear()
        if never_awaited and "coroutine" not in (message or ""):
            status = "fail" if status == "pass" else status
            message = "\n".join([explain.never_awaited_note(never_awaited), *([message] if message else [])])
        output, truncated = self.channel.take_output()
        entry = {"name": name, "status": status}
        if message:
            entry["message"] = clip(message, MESSAGE_CHARS)
        if output or truncated:
            if len(output) > TEST_OUTPUT_CHARS:
                output, truncated = output[:TEST_OUTPUT_CHARS], True
            entry["output"] = output + ("\n[output truncated: your code printed more than is shown]"
                                        if truncated else "")
        timeline = self.timeline.take()
        if timeline:
            entry["timeline"] = timeline
        self.entries.append(entry)

    def startTest(self, test):
        super().startTest(test)
        self.channel.take_output()
        grading._never_awaited.clear()
        self.timeline.take()
        self.timeline.watch(test)

    def addSuccess(self, test):
        if id(test) not in self.tests_with_subtests:
            self._entry(test_display_name(test), "pass")

    def addFailure(self, test, err):
        self._entry(test_display_name(test), "fail", describe_error(err[1]))

    def addError(self, test, err):
        name = test_display_name(test) if isinstance(test, unittest.TestCase) else str(test)
        self._entry(name, "error", describe_error(err[1]))

    def addSubTest(self, test, subtest, err):
        self.tests_with_subtests.add(id(test))
        name = f"{test_display_name(test)} {subtest._subDescription()}"
        if err is None:
            self._entry(name, "pass")
        else:
            status = "fail" if issubclass(err[0], test.failureException) else "error"
            self._entry(name, status, describe_error(err[1]))

    def addSkip(self, test, reason):
        pass

    def addExpectedFailure(self, test, err):
        self._entry(test_display_name(test), "pass")

    def addUnexpectedSuccess(self, test):
        self._entry(test_display_name(test), "fail", "expected this check to fail")


def tests_in_file_order(module):
    """Test cases of `module`: classes in definition order, methods by line number."""
    cases = []
    for value in list(vars(module).values()):
        if not (isinstance(value, type) and issubclass(value, unittest.TestCase)
                and value.__module__ == module.__name__):
            continue
        names = [name for name in dir(value) if name.startswith("test") and callable(getattr(value, name))]
        names.sort(key=lambda name: (getattr(getattr(getattr(value, name), "__code__", None), "co_firstlineno", 0),
                                     name))
        cases.extend(value(name) for name in names)
    return unittest.TestSuite(cases)


def syntax_message(syntax):
    if not isinstance(syntax, dict):
        syntax = {}
    kind = "indentation error" if syntax.get("kind") in ("IndentationError", "TabError") else "syntax error"
    line, column = syntax.get("line"), syntax.get("column")
    line = line if type(line) is int else None
    column = column if type(column) is int else None
    where = f" on line {line}" + (f", column {column}" if column else "") if line else ""
    text = str(syntax.get("text") or "").rstrip("\n")
    message = f"Your code has a {kind}{where}: {syntax.get('message')}"
    if text.strip():
        stripped = text.lstrip()
        caret = " " * max(0, (column or 1) - 1 - (len(text) - len(stripped)))
        message += f"\n    {stripped}\n    {caret}^"
    hint = explain.syntax_hint(syntax.get("message"))
    return f"{message}\n{hint}" if hint else message


def error_result(message, started):
    return {"version": 3, "status": "error", "message": clip(message, MESSAGE_CHARS), "tests": [],
            "score": 0, "duration_ms": round((time.monotonic() - started) * 1000)}


def compile_tests(tests):
    """Compile the source of an exercise's tests.py (the job carries it; no file is read)."""
    return compile(tests, "tests.py", "exec", dont_inherit=True)


def load_tests(tests_code):
    module = type(sys)("tests")
    module.__file__ = tests_code.co_filename
    sys.modules["tests"] = module
    exec(tests_code, module.__dict__)
    return module


def grade(tests, code, limits, max_score, launcher, runner=None, report=None, tests_code=None):
    """Grade `code` against `tests` (the source of an exercise's tests.py); returns the result dict (never raises
    for learner code).

    `runner` is a prewarmed RunnerProcess with these limits, if any. `report(result)` is called as soon as the
    verdict is known, before the sandbox is torn down, so the caller need not wait for the cleanup.
    `tests_code` is `tests` already compiled (a reused checker caches it by the source's hash).
    """
    started = time.monotonic()
    if not code.strip():
        if runner:
            runner.close()
        result = error_result("Your submission is empty: write your code, then submit it.", started)
        result["max_score"] = max_score
        if report:
            report(result)
        return result
    runner = runner or RunnerProcess(limits, launcher)
    try:
        channel, loaded = runner.connect(started, {"op": "load", "code": code})
        channel.source = code
        tests_code = tests_code or compile_tests(tests)
        result = run_checks(channel, loaded, tests_code, started)
        result["max_score"] = max_score
        result["score"] = round(max_score * result.pop("_fraction", 0), 2)
        result["duration_ms"] = round((time.monotonic() - started) * 1000)
        if report:
            report(result)
    finally:
        runner.close()
    return result


def with_load_output(message, output):
    return f"{message}\n\nWhat your file printed while loading:\n{clip(output, TEST_OUTPUT_CHARS)}" if output else message


def run_checks(channel, loaded, tests_code, started):
    if isinstance(loaded, RunnerGone):
        return error_result(loaded.reason, started)
    load_output, _ = channel.take_output()
    if "syntax" in loaded:
        return error_result(syntax_message(loaded["syntax"]), started)
    if "raise" in loaded:
        error = channel.exception_from(loaded["raise"])
        message = describe_error(error)
        return error_result(with_load_output(
            f"{message}\n(this happened while your file was loading, before any check ran)", load_output), started)
    if "value" not in loaded:
        return error_result("Your code interfered with how the grader loads it, so no check could run.", started)
    grading._channel = channel
    sys.modules["submission"] = SubmissionModule(channel)
    sys.modules["grading"] = grading
    try:
        module = load_tests(tests_code)
        explain.quiet_unittest(module)
    except RunnerGone as gone:
        return error_result(gone.reason, started)
    except (MissingName, ImportError) as error:
        if channel.missing_names:
            return error_result(missing_message(channel.missing_names), started)
        return error_result(f"The tests could not be loaded: {describe_error(error)}", started)
    except Exception as error:
        return error_result(f"The tests could not be loaded: {describe_error(error)}", started)
    result = FeedbackResult(channel)
    tests_in_file_order(module).run(result)
    if channel.missing_names:
        return error_result(missing_message(channel.missing_names), started)
    entries = result.entries
    if entries and load_output:
        # Shown with the first check rather than dropped: what the file printed at its top level.
        first = entries[0]
        first["output"] = clip(f"(printed while your file was loading)\n{load_output}", TEST_OUTPUT_CHARS) + (
            "\n" + first["output"] if first.get("output") else "")
    if not entries:
        return error_result("The exercise has no tests to run.", started)
    passed = sum(entry["status"] == "pass" for entry in entries)
    outcome = {"version": 3, "status": "pass" if passed == len(entries) else "fail", "tests": entries,
               "_fraction": passed / len(entries)}
    if channel.gone:
        outcome["message"] = channel.gone
    return outcome


def missing_message(names):
    unique = list(dict.fromkeys(names))
    listed = ", ".join(f"`{name}`" for name in unique)
    return f"Your code does not define {listed}: check the spelling, and that it is not indented inside " \
           f"something else."

