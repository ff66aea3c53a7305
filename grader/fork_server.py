"""The fork-server template: a process of its own (exec'd by the checker, never the checker itself) that holds the
runner runtime with its imports done, and forks one fresh sandbox per run.

It runs as root and holds nothing secret: no job, no test, no learner code passes through it, only the run's
settings and its pipes (over the control socket on fd 3, as SCM_RIGHTS). Per run:

  A (in the host's pid namespace): enters the run's cgroup, unshares the mount, pid, net, ipc, uts and cgroup
    namespaces, forks B, reports B's host pid and, when B ends, its exit code on the status fd (the same JSON lines
    bubblewrap writes on --json-status-fd), and dies with the template.
  B (pid 1 of the new pid namespace): builds a private root on a fresh tmpfs (read-only binds of the interpreter,
    its libraries and the staged runtime at /pygrade, size-capped /tmp and /dev/shm, a minimal read-only /dev, a
    new /proc with host facts masked), pivots into it, forks C, drops to the run's uid and reaps; when C ends B
    exits with its status, and the kernel kills whatever else the run left in the namespace.
  C: the learner's process: rlimits, no groups, the run's uid, no capabilities, no_new_privs, the seccomp filter,
    only its four pipes; then the runner's main loop (already imported) or, for other programs, exec.

What differs from the bubblewrap driver (docs/decisions/0006-fork-server-driver.md): the hash seed and the user-space
memory layout are the template's (it is recycled every GRADER_FORK_RECYCLE runs), and the namespace set-up is this
Python as root rather than bubblewrap's C.
"""

import base64
import json
import os
import random
import resource
import signal
import socket
import sys

from grader import linux

CONTROL_FD = 3
SANDBOX_PATH = ["/pygrade", "/usr/lib/python311.zip", "/usr/lib/python3.11", "/usr/lib/python3.11/lib-dynload"]
DEVICES = ("null", "zero", "full", "random", "urandom", "tty")


def _write_status(fd, report):
    try:
        os.write(fd, (json.dumps(report) + "\n").encode())
    except OSError:
        pass


def _exit_status(status):
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def _mkfile(path):
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o644))


def _bind(source, target, read_only=True, devices=False):
    if os.path.isdir(source):
        os.makedirs(target, exist_ok=True)
    elif not os.path.exists(target):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        _mkfile(target)
    linux.mount(source, target, None, linux.MS_BIND | linux.MS_REC)
    flags = linux.MS_BIND | linux.MS_REMOUNT | linux.MS_NOSUID | (0 if devices else linux.MS_NODEV)
    linux.mount(None, target, None, flags | (linux.MS_RDONLY if read_only else 0))


def build_root(request, stage):
    """The run's private root, entered with pivot_root (B, as root, in its new mount namespace)."""
    root = os.path.join(stage, "root")
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    linux.mount("tmpfs", root, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV, "size=1m,mode=755")
    for source, target in request["binds"]:
        _bind(source, root + target)
    for link, target in request["symlinks"]:
        os.symlink(target, root + link)
    os.makedirs(root + "/tmp")
    linux.mount("tmpfs", root + "/tmp", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV,
                f"size={request['tmp_bytes']},mode=1777")
    dev = root + "/dev"
    os.makedirs(dev)
    linux.mount("tmpfs", dev, "tmpfs", linux.MS_NOSUID, "size=64k,mode=755")
    for name in DEVICES:
        if os.path.exists(f"/dev/{name}"):
            _bind(f"/dev/{name}", f"{dev}/{name}", read_only=False, devices=True)
    for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"), ("stdout", "/proc/self/fd/1"),
                         ("stderr", "/proc/self/fd/2")):
        os.symlink(target, f"{dev}/{name}")
    os.makedirs(dev + "/shm")
    linux.mount("tmpfs", dev + "/shm", "tmpfs", linux.MS_NOSUID | linux.MS_NODEV,
                f"size={request['shm_bytes']},mode=1777")
    linux.mount(None, dev, None, linux.MS_REMOUNT | linux.MS_BIND | linux.MS_RDONLY | linux.MS_NOSUID)
    os.makedirs(root + "/proc")
    linux.mount("proc", root + "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
    for name in request["masked_files"]:
        if os.path.isfile(f"{root}/proc/{name}"):
            _bind(os.path.join(stage, "empty"), f"{root}/proc/{name}")
    for name in request["masked_dirs"]:
        if os.path.isdir(f"{root}/proc/{name}"):
            _bind(os.path.join(stage, "empty-dir"), f"{root}/proc/{name}")
    os.makedirs(root + "/oldroot")
    linux.pivot_root(root, root + "/oldroot")
    os.chdir("/")
    linux.umount("/oldroot", linux.MNT_DETACH)
    os.rmdir("/oldroot")
    linux.mount(None, "/", None, linux.MS_REMOUNT | linux.MS_BIND | linux.MS_RDONLY | linux.MS_NOSUID |
                linux.MS_NODEV)


def drop_privileges(uid):
    linux.drop_all_capabilities()
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    linux.clear_capability_sets()
    linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)


def learner_process(request, fds):
    """C: everything the bubblewrap driver's chain sets, then the runner (or exec)."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.chdir("/tmp")
    for resource_id, soft, hard in request["rlimits"]:
        resource.setrlimit(resource_id, (soft, hard))
    drop_privileges(request["uid"])
    linux.load_seccomp(base64.b64decode(request["seccomp"]))
    targets = request["targets"]
    parked = [os.dup(fd) for fd in fds]
    for target, fd in zip(targets, parked):
        os.dup2(fd, target, inheritable=True)
    os.closerange(max(targets) + 1, 65536)
    environment = {"PATH": "/usr/bin", "HOME": "/tmp"}
    if request["mode"] != "runner":
        os.execve(request["argv"][0], request["argv"], environment)
    os.environ.clear()
    os.environ.update(environment)
    sys.path[:] = SANDBOX_PATH
    sys.argv[:] = ["-c", *request["argv"][6:]]
    if "random" in sys.modules:
        random.seed()
    from grader.runtime import runner
    try:
        runner.main()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(0)


def namespace_init(request, fds, stage):
    """B: pid 1 of the run. Builds the root, starts C, reaps until C ends, then exits with C's status."""
    linux.die_with_parent()
    step = "building its root (mount namespace, tmpfs, binds, proc, pivot_root)"
    try:
        build_root(request, stage)
        step = "setting its hostname (needs CAP_SYS_ADMIN)"
        linux.sethostname("sandbox")
        step = "bringing up its loopback interface (needs CAP_NET_ADMIN)"
        linux.loopback_up()
    except BaseException as error:
        # Said on the run's own stderr, so the checker's start failure and the doctor show why.
        stderr = fds[request["targets"].index(2)] if 2 in request["targets"] else 2
        os.write(stderr, f"grader: the fork-server sandbox failed {step}: {error}\n".encode())
        os._exit(126)
    child = os.fork()
    if child == 0:
        try:
            learner_process(request, fds)
        except BaseException as error:
            os.write(2, f"grader: cannot start the sandbox: {error}\n".encode())
        os._exit(126)
    for fd in fds:
        os.close(fd)
    # Pid 1 keeps nothing the learner's process could reach through /proc/1/fd (its stdio was the template's, which
    # is the checker's log): /dev/null instead, and not dumpable, so its /proc entries stay root's.
    null = os.open("/dev/null", os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(null, target)
    os.closerange(3, 65536)
    drop_privileges(request["uid"])
    linux.prctl(linux.PR_SET_DUMPABLE, 0)
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            os._exit(126)
        if pid == child:
            os._exit(_exit_status(status) & 0xFF)


def outer(request, fds, stage):
    """A: the run's cgroup, fresh namespaces, and the status reports."""
    status_fd, fds = fds[-1], fds[:-1]
    # First of all, so a checker that must stop this run at once can kill it even before it has a pid 1.
    _write_status(status_fd, {"outer-pid": os.getpid()})
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.close(CONTROL_FD)
        linux.die_with_parent()
        for procs in request["cgroup_procs"]:
            with open(procs, "w") as handle:
                handle.write("0")
        linux.unshare(linux.CLONE_NEWNS | linux.CLONE_NEWPID | linux.CLONE_NEWNET | linux.CLONE_NEWIPC |
                      linux.CLONE_NEWUTS | linux.CLONE_NEWCGROUP)
        child = os.fork()
        if child == 0:
            os.close(status_fd)
            try:
                namespace_init(request, fds, stage)
            except BaseException as error:
                os.write(2, f"grader: cannot start the sandbox: {error}\n".encode())
            os._exit(126)
        for fd in fds:
            os.close(fd)
        _write_status(status_fd, {"child-pid": child})
        _, status = os.waitpid(child, 0)
        _write_status(status_fd, {"exit-code": _exit_status(status)})
    except BaseException as error:
        _write_status(status_fd, {"error": str(error)})
    os._exit(0)


def _reap(*_):
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not pid:
            return


def main(stage):
    linux.die_with_parent()
    import gc
    import inspect  # noqa: F401  (the tests' grading helpers use it: import it once, here)
    gc.collect()
    gc.freeze()
    signal.signal(signal.SIGCHLD, _reap)
    control = socket.socket(fileno=CONTROL_FD)
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 1 << 16, 16)
        except InterruptedError:
            continue
        if not message:
            break
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            outer(request, fds, stage)
        for fd in fds:
            os.close(fd)
    # Retired (the control socket closed): runs already started finish on their own.
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return
