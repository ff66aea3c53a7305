"""The fork-server template: a process of its own (exec'd by the checker, never the checker itself) that holds the
runner runtime with its imports done, and forks one fresh sandbox per run.

It runs as root and holds nothing secret: no job, no test, no learner code passes through it, only the run's
settings and its pipes (over the control socket on fd 3, as SCM_RIGHTS). Per run the template unshares a new pid
namespace for its next child, forks it, and reports that child's host pid and, when it ends, its exit code on the
run's status fd (the same JSON lines bubblewrap writes on --json-status-fd). The child is the whole run, pid 1 of its
pid namespace:

  as root, it closes what it inherited from the template, enters the run's cgroup, unshares the mount, net, ipc, uts
  and cgroup namespaces, builds a private root on a fresh tmpfs (read-only binds of the interpreter, its libraries and
  the staged runtime at /pygrade, size-capped /tmp and /dev/shm, a minimal read-only /dev, a new /proc with host facts
  masked) and pivots into it; then, as the learner's process, it starts a session of its own, sets the rlimits, drops
  to the run's uid with no groups and no capabilities, sets no_new_privs and the seccomp filter, keeps only its four
  pipes, and calls the runner's main loop (already imported) or, for other programs, exec. When it ends the kernel
  kills whatever else the run left in its namespace.

One fork per run, of a process holding the runtime's memory: most of a run's CPU is the kernel copying page tables
and pages for forked processes, so no other process stands between the template and the learner's code. As pid 1 the
learner's process ignores signals it has no handler for, from inside its namespace (its own os.kill) and from the
kernel's CPU soft limit (SIGXCPU); the CPU hard limit's SIGKILL still ends it, and the outcome record counts an
unrequested SIGKILL as the CPU limit (grader/sandbox.py).

What differs from the bubblewrap driver (docs/decisions/0006-fork-server-driver.md): the hash seed and the user-space
memory layout are the template's (it is recycled every GRADER_FORK_RECYCLE runs), and the namespace set-up is this
Python as root rather than bubblewrap's C.
"""

import base64
import json
import os
import random
import resource
import select
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
    """The run's private root, entered with pivot_root (by the run's process, still root, in its new mount namespace)."""
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


def run_process(request, fds, stage, inherited):
    """The run: pid 1 of its pid namespace, first root setting up the sandbox, then the learner's process.
    `inherited` are the template's own fds (its control socket, its other runs' status fds): closed first, so this
    run holds nothing of the template's or of another run."""
    for fd in inherited:
        os.close(fd)
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    linux.die_with_parent()
    linux.set_process_name("pygrade-run")
    stderr = fds[request["targets"].index(2)] if 2 in request["targets"] else 2
    step = "entering its cgroup"
    try:
        for procs in request["cgroup_procs"]:
            with open(procs, "w") as handle:
                handle.write("0")
        step = "unsharing its namespaces"
        linux.unshare(linux.CLONE_NEWNS | linux.CLONE_NEWNET | linux.CLONE_NEWIPC | linux.CLONE_NEWUTS |
                      linux.CLONE_NEWCGROUP)
        step = "building its root (mount namespace, tmpfs, binds, proc, pivot_root)"
        build_root(request, stage)
        step = "setting its hostname (needs CAP_SYS_ADMIN)"
        linux.sethostname("sandbox")
        step = "bringing up its loopback interface (needs CAP_NET_ADMIN)"
        linux.loopback_up()
        step = "becoming the learner's process"
        # A session of its own (as bwrap's --new-session): kill(0, ...) and the terminal reach nothing else.
        os.setsid()
        os.chdir("/tmp")
        for resource_id, soft, hard in request["rlimits"]:
            resource.setrlimit(resource_id, (soft, hard))
        drop_privileges(request["uid"])
        # Changing credentials clears the parent-death signal: set it again, now as the run's uid.
        linux.die_with_parent()
        linux.load_seccomp(base64.b64decode(request["seccomp"]))
    except BaseException as error:
        # Said on the run's own stderr, so the checker's start failure and the doctor show why.
        os.write(stderr, f"grader: the fork-server sandbox failed {step}: {error}\n".encode())
        os._exit(126)
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


class Template:
    """The template's loop: one request per run on the control socket; runs are reaped as their SIGCHLD wakes it."""

    def __init__(self, stage, control):
        self.stage = stage
        self.control = control
        self.runs = {}  # a run's process (host pid) -> its status fd
        self.wake, wake_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self.own_pid_namespace = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)
        self.own_fds = [control.fileno(), self.wake, wake_write, self.own_pid_namespace]
        signal.set_wakeup_fd(wake_write, warn_on_full_buffer=False)
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)

    def start_run(self, request, fds):
        status_fd, fds = fds[-1], fds[:-1]
        pid = None
        try:
            linux.unshare(linux.CLONE_NEWPID)
            pid = os.fork()
        except OSError as error:
            _write_status(status_fd, {"error": f"the fork-server template cannot start the run: {error}"})
        if pid == 0:
            try:
                run_process(request, fds, self.stage, [*self.own_fds, status_fd, *self.runs.values()])
            except BaseException as error:
                os.write(2, f"grader: cannot start the sandbox: {error}\n".encode())
            os._exit(126)
        # unshare(CLONE_NEWPID) applies to the next child only, and another is refused while one is pending: point
        # the children back at the template's own pid namespace (a failure here would fail every later run).
        linux.setns(self.own_pid_namespace, linux.CLONE_NEWPID)
        for fd in fds:
            os.close(fd)
        if pid is None:
            os.close(status_fd)
            return
        _write_status(status_fd, {"child-pid": pid})
        self.runs[pid] = status_fd

    def reap(self):
        try:
            while os.read(self.wake, 512):
                pass
        except BlockingIOError:
            pass
        while self.runs:
            # Peek first (WNOWAIT leaves the zombie): the exit is reported and the status fd closed while the pid is
            # still the run's, so a checker that kills it by that pid can never hit a reused one.
            try:
                ended = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            except ChildProcessError:
                return
            if ended is None:
                return
            status_fd = self.runs.pop(ended.si_pid, None)
            if status_fd is not None:
                code = 128 + ended.si_status if ended.si_code in (os.CLD_KILLED, os.CLD_DUMPED) else ended.si_status
                _write_status(status_fd, {"exit-code": code})
                os.close(status_fd)
            os.waitpid(ended.si_pid, 0)

    def serve(self):
        while True:
            try:
                ready = select.select([self.control, self.wake], [], [])[0]
            except InterruptedError:
                continue
            if self.wake in ready:
                self.reap()
            if self.control in ready:
                message, fds, _, _ = socket.recv_fds(self.control, 1 << 16, 16)
                if not message:
                    break
                self.start_run(json.loads(message), fds)
        # Retired (the control socket closed): the runs already started finish on their own and are reported.
        while self.runs:
            select.select([self.wake], [], [])
            self.reap()


def main(stage):
    linux.die_with_parent()
    linux.set_process_name("pygrade-tmpl")
    import gc
    import inspect  # noqa: F401  (the tests' grading helpers use it: import it once, here)
    gc.collect()
    gc.freeze()
    Template(stage, socket.socket(fileno=CONTROL_FD)).serve()
