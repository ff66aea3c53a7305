"""Running a trusted-but-unvetted snippet (a quiz's predict-the-output code) in the same sandbox."""

import os
import select
import time

from grader.checker import SandboxStartFailed
from grader.sandbox import PYTHON

SNIPPET_ARGV = [PYTHON, "-I", "-S", "-B", "-"]
OUTPUT_BYTES = 64 * 1024


def run_snippet(code, limits, launcher):
    """Run `code` as a script; returns stdout, stderr, exit code (None when killed) and whether it timed out."""
    argv = SNIPPET_ARGV
    script_read, script_write = os.pipe()
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    answer_read, answer_write = os.pipe()
    try:
        sandbox = launcher.start(argv, {0: script_read, 1: out_write, 2: err_write, 3: answer_write}, limits)
    finally:
        for fd in (script_read, out_write, err_write, answer_write):
            os.close(fd)
    os.close(answer_read)
    deadline = time.monotonic() + limits.wall_seconds
    timed_out = False
    try:
        os.write(script_write, code.encode())
    except BrokenPipeError:
        pass
    os.close(script_write)
    buffers = {out_read: bytearray(), err_read: bytearray()}
    open_fds = [out_read, err_read]
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        readable, _, _ = select.select(open_fds, [], [], remaining)
        for fd in readable:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.remove(fd)
            elif len(buffers[fd]) < OUTPUT_BYTES:
                buffers[fd] += chunk[:OUTPUT_BYTES - len(buffers[fd])]
    if not timed_out:
        timed_out = not sandbox.ended(max(0.0, deadline - time.monotonic()))
    outcome = sandbox.outcome()
    code_, signal_name = (outcome.exit_code, outcome.signal) if not timed_out else (None, None)
    sandbox.close()
    for fd in (out_read, err_read):
        os.close(fd)
    if not outcome.started:
        raise SandboxStartFailed(f"the sandbox did not start: {buffers[err_read].decode('utf-8', 'replace')[:500]}")
    return {"stdout": buffers[out_read].decode("utf-8", "replace"), "stderr": buffers[err_read].decode("utf-8", "replace"),
            "exitCode": None if timed_out or signal_name else code_, "timedOut": timed_out}
