"""A reusable trusted checker process: reads jobs as JSON lines on stdin, answers one JSON line each.

Reusing it saves the interpreter start and the test-harness imports. Each job runs in a forked child, so
nothing one exercise's tests load can leak into the next, and the server is the subreaper that collects every
process a sandbox leaves behind. Only trusted processes are ever reused; every runner is a fresh sandbox.
First line out: {"ready": true, "isolation": {...}} or {"ready": false, "reason": ...}. Run as `python3 -m grader.checker_server`.
"""

import gc
import hashlib
import json
import os
import signal
import sys
import time

from grader import checker, linux, sandbox, snippet

# Compiled tests kept per checker: every exercise version graded recently, with room to spare.
COMPILED_TESTS_KEPT = 256


def become_subreaper():
    linux.prctl(linux.PR_SET_CHILD_SUBREAPER, 1)


def reap_orphans():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return


class CheckerServer:
    """Serves jobs one at a time, keeping one prewarmed sandbox ready for the next grade."""

    def __init__(self, launcher):
        self.launcher = launcher
        self.spare = None
        self.compiled_tests = {}
        self.expect_asyncio = False

    def tests_code(self, tests):
        """tests.py compiled once per distinct source (keyed by its sha256; the forked child inherits the cache).

        The source comes in the job, so what is graded is exactly the exercise version the job names, whatever the
        files on this machine say, and no course checkout is needed here.
        """
        key = hashlib.sha256(tests.encode("utf-8", "surrogatepass")).hexdigest()
        if key not in self.compiled_tests:
            try:
                compiled = checker.compile_tests(tests)
            except (SyntaxError, ValueError):
                return None
            if len(self.compiled_tests) >= COMPILED_TESTS_KEPT:
                # The oldest entry (dicts keep insertion order): a long-lived checker sees every version ever graded.
                self.compiled_tests.pop(next(iter(self.compiled_tests)))
            self.compiled_tests[key] = (compiled, "run_async" in tests)
        code, uses_asyncio = self.compiled_tests[key]
        # Guess that the next job is like this one: prewarm the next runner with asyncio imported if it used it.
        self.expect_asyncio = uses_asyncio
        return code

    def prewarm(self):
        # A local (unsandboxed) runner is only ever waited for by its own parent, so it is never prewarmed.
        if isinstance(self.launcher, sandbox.BwrapLauncher) and self.spare is None:
            self.spare = checker.RunnerProcess(sandbox.Limits(), self.launcher, preload_asyncio=self.expect_asyncio)

    def take_spare(self, limits):
        spare = self.spare
        if spare is None or spare.limits != limits:
            return None
        self.spare = None
        if spare.sandbox.ended():
            spare.close()
            return None
        return spare

    def handle(self, job, runner, report):
        limits = sandbox.Limits.from_job(job.get("limits"))
        if job.get("kind") == "snippet":
            report(snippet.run_snippet(job["code"], limits, self.launcher))
            return
        checker.grade(job["tests"], job["code"], limits, job.get("max_score", 10), self.launcher,
                      runner=runner, report=report, tests_code=job.get("tests_code"))

    def run_job(self, job):
        """Run one job in a forked child; returns its JSON answer line as soon as the child reports it.

        The child cleans its sandbox up after reporting; it is reaped later, so cleanup is off the critical path.
        """
        limits = sandbox.Limits.from_job(job.get("limits"))
        runner = self.take_spare(limits) if job.get("kind") != "snippet" else None
        if job.get("kind") != "snippet":
            job["tests_code"] = self.tests_code(job["tests"])
        # The next job's sandbox is asked for before this job's child is forked: what the server writes while a
        # child shares its pages costs a page copy each, and the template starts the sandbox meanwhile anyway.
        self.prewarm()
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            # The child waits for its own sandboxes; the server's reaping handler would steal their statuses.
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            # Everything inherited stays out of this child's garbage collections: a collection writes to every
            # object it visits, and each write to a page still shared with the server is a page copy.
            gc.freeze()
            linux.set_process_name("pygrade-job")
            os.close(read_fd)
            if self.spare is not None:
                self.spare.forget()
            reported = []

            def report(result):
                if not reported:
                    reported.append(True)
                    write_all(write_fd, json.dumps({"id": job.get("id"), "result": result}).encode() + b"\n")

            try:
                self.handle(job, runner, report)
            except BaseException as error:  # a grader bug or host problem: report it, never as a verdict
                if not reported:
                    reported.append(True)
                    write_all(write_fd, json.dumps({"id": job.get("id"),
                                                    "failure": f"{type(error).__name__}: {error}"}).encode() + b"\n")
            os._exit(0)
        os.close(write_fd)
        if runner is not None:
            runner.forget()
        answer = read_line(read_fd)
        os.close(read_fd)
        reap_orphans()
        if not answer:
            return json.dumps({"id": job.get("id"), "failure": "the checker process died while grading"})
        return answer.decode().rstrip("\n")

    def close(self):
        """Stop the spare and the launcher (a fork-server template exits once its control socket closes), then wait
        for checker children still cleaning up, so no zombie outlives the server."""
        if self.spare is not None:
            self.spare.close()
            self.spare = None
        self.launcher.close()
        while True:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                return


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_line(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks)


def self_check(launcher):
    """Start one runner and wait for its greeting: a sandbox that cannot start here is refused at start-up."""
    runner = checker.RunnerProcess(sandbox.Limits(wall_seconds=10), launcher)
    try:
        runner.connect(time.monotonic(), {"op": "attr", "target": None, "name": "__doc__"})
    finally:
        runner.close()


def checked_launcher(mode=None):
    """The launcher `choose_launcher()` picks, with its report (the checker's ready line, the doctor's summary).

    Under GRADER_DRIVER=auto a fork server whose runner cannot start here is replaced by bwrap, and the report
    says why (`driver_fallback`). Raises SandboxUnavailable or ValueError as choose_launcher() does.
    """
    launcher, why_no_cgroup = sandbox.choose_launcher(mode)
    fork_problem = None
    if isinstance(launcher, sandbox.ForkLauncher) and sandbox.driver_setting() == "auto":
        try:
            self_check(launcher)
        except Exception as error:
            fork_problem = f"the fork-server driver failed its self-check ({error}); using bwrap"
            launcher = sandbox.fall_back_to_bwrap(launcher)
    report = launcher.report()
    if why_no_cgroup:
        report["no_cgroup_reason"] = why_no_cgroup
    if fork_problem:
        report["driver_fallback"] = fork_problem
        report["notes"].append(fork_problem)
    return launcher, report


def main():
    become_subreaper()
    linux.set_process_name("pygrade-checker")
    # Sandboxes are torn down by job children after they report, so their processes end while this server waits
    # for the next job: reap them as they come rather than leave zombies until then.
    signal.signal(signal.SIGCHLD, lambda signum, frame: reap_orphans())
    try:
        launcher, report = checked_launcher()
    except (sandbox.SandboxUnavailable, ValueError) as error:
        print(json.dumps({"ready": False, "reason": str(error)}), flush=True)
        return
    try:
        if isinstance(launcher, sandbox.BwrapLauncher):
            self_check(launcher)
        server = CheckerServer(launcher)
        server.prewarm()
    except Exception as error:
        print(json.dumps({"ready": False, "reason": f"the sandbox cannot start here: {error}",
                          "isolation": report}), flush=True)
        launcher.close()
        return
    print(json.dumps({"ready": True, "isolation": report}), flush=True)
    try:
        for line in sys.stdin:
            if line.strip():
                sys.stdout.write(server.run_job(json.loads(line)) + "\n")
                sys.stdout.flush()
    finally:
        server.close()


if __name__ == "__main__":
    main()
