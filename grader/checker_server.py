"""A reusable trusted checker process: reads jobs as JSON lines on stdin, answers one JSON line each.

Reusing it saves the interpreter start and the test-harness imports. Each job runs in a forked child, so
nothing one exercise's tests load can leak into the next, and the server is the subreaper that collects every
process a sandbox leaves behind. Only trusted processes are ever reused; every runner is a fresh sandbox.
First line out: {"ready": true, "driver": ...} or {"ready": false, "reason": ...}.
"""

import json
import os
import sys

sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)),
                os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime")]

import checker  # noqa: E402
import sandbox  # noqa: E402
import snippet  # noqa: E402

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def reap_orphans():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return


def prepare_driver():
    """('bwrap', filter) when a sandbox can be built, ('local', None) only when explicitly allowed."""
    if os.environ.get("GRADER_UNSAFE_LOCAL") == "1":
        return "local", None
    sandbox.check_sandbox_prerequisites()
    return "bwrap", sandbox.build_seccomp_filter()


def handle(job, driver, seccomp_bpf):
    limits = sandbox.Limits.from_job(job.get("limits"))
    if job.get("kind") == "snippet":
        return snippet.run_snippet(job["code"], limits, driver, seccomp_bpf)
    return checker.grade(job["exercise_dir"], job["code"], limits, job.get("max_score", 10), driver, seccomp_bpf)


def run_in_child(job, driver, seccomp_bpf):
    """Run one job in a forked child; returns its JSON answer (the child's state dies with it)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            answer = {"id": job.get("id"), "result": handle(job, driver, seccomp_bpf)}
        except BaseException as error:  # a grader bug: report it, never a verdict
            answer = {"id": job.get("id"), "failure": f"{type(error).__name__}: {error}"}
        data = json.dumps(answer).encode()
        view = memoryview(data)
        while view:
            view = view[os.write(write_fd, view):]
        os._exit(0)
    os.close(write_fd)
    chunks = []
    while chunk := os.read(read_fd, 1 << 20):
        chunks.append(chunk)
    os.close(read_fd)
    os.waitpid(pid, 0)
    reap_orphans()
    if not chunks:
        return json.dumps({"id": job.get("id"), "failure": "the checker process died while grading"})
    return b"".join(chunks).decode()


def main():
    try:
        driver, seccomp_bpf = prepare_driver()
    except sandbox.SandboxUnavailable as error:
        print(json.dumps({"ready": False, "reason": str(error)}), flush=True)
        return
    become_subreaper()
    if driver == "local":
        print("WARNING: GRADER_UNSAFE_LOCAL=1: learner code runs WITHOUT a sandbox, with this user's rights. "
              "Never use this where untrusted people submit code.", file=sys.stderr, flush=True)
    import compileall
    compileall.compile_dir(sandbox.RUNTIME_DIR, quiet=2)
    print(json.dumps({"ready": True, "driver": driver}), flush=True)
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(run_in_child(json.loads(line), driver, seccomp_bpf) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
