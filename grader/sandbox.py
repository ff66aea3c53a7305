"""Starting the learner's Python in a fresh sandbox, and making sure nothing of it survives.

The bubblewrap driver layers: a per-run cgroup (memory, pids), rlimits (CPU, address space, file size, open
files, no core), setpriv to an unprivileged uid *before* bwrap (root running `bwrap --uid` stays root outside),
bwrap with every namespace unshared, a read-only root holding only the interpreter, its libraries and the runner
runtime, size-capped /tmp and /dev/shm, a clean environment, and a seccomp filter. Only the fds we map survive:
bwrap keeps whatever it inherits, so the launcher closes the rest before exec.
"""

import errno
import fcntl
import os
import resource
import signal
import sys
import time
from dataclasses import dataclass

RUNTIME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime")
PYTHON = "/usr/bin/python3"
# Overridable for hosts that install bubblewrap elsewhere.
BWRAP = os.environ.get("GRADER_BWRAP", "/usr/bin/bwrap")
SETPRIV = "/usr/bin/setpriv"
CGROUP_ROOT = "/sys/fs/cgroup"
UNPRIVILEGED_ID = "65534"
TMP_BYTES = 64 * 1024 * 1024
SHM_BYTES = 16 * 1024 * 1024
FILE_BYTES = 16 * 1024 * 1024
OPEN_FILES = 64
THREAD_STACK_BYTES = 4 * 1024 * 1024
CGROUP_HEADROOM_MB = 64
HIGH_FD = 50


@dataclass(frozen=True)
class Limits:
    wall_seconds: float = 10
    memory_mb: int = 256
    processes: int = 32
    output_kb: int = 1024

    @classmethod
    def from_job(cls, fields):
        fields = fields or {}
        return cls(**{name: fields[name] for name in cls.__dataclass_fields__ if fields.get(name) is not None})


class SandboxUnavailable(Exception):
    """No sandbox can be built here; grading must refuse rather than run code unconfined."""


def _own_cgroup(controller):
    with open("/proc/self/cgroup") as lines:
        for line in lines:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            if controller in controllers.split(","):
                return os.path.join(CGROUP_ROOT, controller) + path.rstrip("/")
    unified_only = os.path.exists(os.path.join(CGROUP_ROOT, "cgroup.controllers"))
    raise SandboxUnavailable(
        f"the grading sandbox needs a cgroup v1 '{controller}' hierarchy for its per-run limits"
        + (" (this host has only cgroup v2, which the grader does not support yet)" if unified_only else ""))


def _write(path, text):
    with open(path, "w") as handle:
        handle.write(text)


class Cgroup:
    """A per-run memory + pids cgroup (cgroup v1), nested under the one this process is in."""

    _count = 0

    def __init__(self, limits):
        Cgroup._count += 1
        name = f"grader-{os.getpid()}-{Cgroup._count}"
        self.memory = os.path.join(_own_cgroup("memory"), name)
        self.pids = os.path.join(_own_cgroup("pids"), name)
        os.mkdir(self.memory)
        os.mkdir(self.pids)
        memory_bytes = str((limits.memory_mb + CGROUP_HEADROOM_MB) * 1024 * 1024)
        _write(os.path.join(self.memory, "memory.limit_in_bytes"), memory_bytes)
        swap_limit = os.path.join(self.memory, "memory.memsw.limit_in_bytes")
        if os.path.exists(swap_limit):
            _write(swap_limit, memory_bytes)
        _write(os.path.join(self.pids, "pids.max"), str(limits.processes))

    def enter(self):
        """Move the calling process in (called in the launcher child before exec)."""
        _write(os.path.join(self.memory, "cgroup.procs"), "0")
        _write(os.path.join(self.pids, "cgroup.procs"), "0")

    def hit_memory_limit(self):
        """Whether the kernel had to enforce the limit (an OOM kill, or usage reaching it)."""
        try:
            with open(os.path.join(self.memory, "memory.oom_control")) as handle:
                fields = dict(line.split() for line in handle if len(line.split()) == 2)
            if int(fields.get("oom_kill", 0)) > 0:
                return True
            with open(os.path.join(self.memory, "memory.max_usage_in_bytes")) as handle:
                peak = int(handle.read())
            with open(os.path.join(self.memory, "memory.limit_in_bytes")) as handle:
                return peak >= int(handle.read())
        except (OSError, ValueError):
            return False

    def kill_all(self):
        """SIGKILL every process in the run until none is left; pids.max bounds a fork bomb's refills."""
        for _ in range(200):
            try:
                with open(os.path.join(self.pids, "cgroup.procs")) as handle:
                    pids = [int(pid) for pid in handle.read().split()]
            except OSError:
                return
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.001)

    def remove(self):
        for path in (self.memory, self.pids):
            for _ in range(100):
                try:
                    os.rmdir(path)
                    break
                except FileNotFoundError:
                    break
                except OSError as error:
                    if error.errno != errno.EBUSY:
                        break
                    time.sleep(0.002)


def _multiarch_lib():
    multiarch = getattr(sys.implementation, "_multiarch", "")
    return f"/usr/lib/{multiarch}" if multiarch and os.path.isdir(f"/usr/lib/{multiarch}") else None


def bwrap_command(argv):
    """The setpriv + bwrap command line that runs `argv` in the sandbox.

    bwrap reads the seccomp filter from fd 4 and reports the program's exit code as JSON on fd 5, which lets a
    process other than bwrap's parent (a checker child using a prewarmed sandbox) learn how the program ended.
    """
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    binds = ["--ro-bind", os.path.realpath(PYTHON), PYTHON,
             "--ro-bind", f"/usr/lib/{version}", f"/usr/lib/{version}"]
    multiarch = _multiarch_lib()
    if multiarch:
        binds += ["--ro-bind", multiarch, multiarch]
    if os.path.isdir("/usr/lib64"):
        binds += ["--ro-bind", "/usr/lib64", "/usr/lib64", "--symlink", "usr/lib64", "/lib64"]
    command = []
    if os.geteuid() == 0:
        command = [SETPRIV, "--reuid", UNPRIVILEGED_ID, "--regid", UNPRIVILEGED_ID, "--clear-groups",
                   "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    return command + [
        BWRAP, "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
        "--cap-drop", "ALL", *binds, "--symlink", "usr/lib", "/lib",
        "--ro-bind", RUNTIME_DIR, "/grader",
        "--size", str(TMP_BYTES), "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev",
        "--size", str(SHM_BYTES), "--tmpfs", "/dev/shm",
        "--clearenv", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp", "--chdir", "/tmp",
        "--remount-ro", "/", "--seccomp", "4", "--json-status-fd", "5", *argv,
    ]


def _set_rlimits(limits, sandboxed):
    cpu = int(limits.wall_seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # The learner-facing memory limit is the address space: exceeding it is a clean MemoryError. The cgroup,
    # a little above it, is the backstop for what address space does not count (several processes, tmpfs);
    # without the rlimit, growth would first thrash against the cgroup for seconds before the OOM kill.
    address_space = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    # glibc sizes thread stacks from RLIMIT_STACK; 8 MB each would eat the address space in a few threads.
    resource.setrlimit(resource.RLIMIT_STACK, (THREAD_STACK_BYTES, THREAD_STACK_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_NOFILE, (OPEN_FILES, OPEN_FILES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if not sandboxed:
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes * 4, limits.processes * 4))


class Sandbox:
    """One run of `argv` with the given child fds; `kill()` ends every process it started.

    The process that creates a sandbox is its parent; a forked checker child may take it over (a prewarmed
    sandbox), so everything after start-up works without waitpid: the exit code comes from bwrap's status fd and
    "everything ended" means the cgroup is empty. The parent reaps.
    """

    def __init__(self, argv, fd_map, limits, driver, seccomp_bpf=None):
        self.limits = limits
        self.driver = driver
        self.cgroup = Cgroup(limits) if driver == "bwrap" else None
        self.parent_pid = os.getpid()
        self.exit_code = None
        self.status_fd = None
        filter_fd = status_write = None
        if driver == "bwrap":
            filter_fd = os.memfd_create("seccomp", 0)
            os.write(filter_fd, seccomp_bpf)
            os.lseek(filter_fd, 0, os.SEEK_SET)
            self.status_fd, status_write = os.pipe()
            fd_map = {**fd_map, 4: filter_fd, 5: status_write}
            command = bwrap_command(argv)
        else:
            command = argv
        self.pid = os.fork()
        if self.pid == 0:
            self._exec_child(command, fd_map, limits)
        for fd in (filter_fd, status_write):
            if fd is not None:
                os.close(fd)
        self.status = None

    def _exec_child(self, command, fd_map, limits):
        try:
            if self.cgroup:
                self.cgroup.enter()
            else:
                os.setpgid(0, 0)
            _set_rlimits(limits, self.cgroup is not None)
            parked = {target: fcntl.fcntl(source, fcntl.F_DUPFD, HIGH_FD) for target, source in fd_map.items()}
            for target, source in parked.items():
                os.dup2(source, target, inheritable=True)
            os.closerange(max(fd_map) + 1, 65536)
            os.execve(command[0], command, {})
        except BaseException as error:
            try:
                os.write(2, f"grader: cannot start the sandbox: {error}\n".encode())
            finally:
                os._exit(126)

    def _read_status(self, timeout):
        """Collect bwrap's status reports until it closes the fd (it exited) or `timeout` passes."""
        import json
        import select
        deadline = time.monotonic() + timeout
        buffer = b""
        while self.status_fd is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.status_fd], [], [], remaining)[0]:
                break
            chunk = os.read(self.status_fd, 4096)
            buffer += chunk
            if not chunk:
                os.close(self.status_fd)
                self.status_fd = None
        for line in buffer.decode(errors="replace").splitlines():
            try:
                report = json.loads(line)
            except ValueError:
                continue
            if "exit-code" in report:
                self.exit_code = report["exit-code"]

    def ended(self, timeout=0.0):
        """Whether the sandboxed program has exited (waiting up to `timeout`)."""
        if self.driver == "bwrap":
            self._read_status(timeout)
            return self.status_fd is None
        deadline = time.monotonic() + timeout
        while True:
            if self.status is None:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.status = status
            if self.status is not None or time.monotonic() >= deadline:
                return self.status is not None
            time.sleep(0.002)

    def exit_description(self):
        """(exit code, signal name) of the sandboxed program, if it ended."""
        if not self.ended():
            return None, None
        if self.driver == "bwrap":
            code = self.exit_code
        elif os.WIFSIGNALED(self.status):
            return None, signal.Signals(os.WTERMSIG(self.status)).name
        else:
            code = os.WEXITSTATUS(self.status)
        if code is not None and code > 128:
            # A program killed by signal N is reported as exit code 128 + N.
            try:
                return None, signal.Signals(code - 128).name
            except ValueError:
                pass
        return code, None

    def hit_memory_limit(self):
        return bool(self.cgroup and self.cgroup.hit_memory_limit())

    def kill(self):
        if self.cgroup:
            self.cgroup.kill_all()
        else:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if os.getpid() == self.parent_pid:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass

    def close(self):
        self.kill()
        if self.cgroup:
            self.cgroup.remove()
        if self.status_fd is not None:
            os.close(self.status_fd)
            self.status_fd = None


def build_seccomp_filter():
    """A BPF program denying the syscalls a Python exercise never needs but an escape would."""
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        import seccomp
    except ImportError as error:
        raise SandboxUnavailable("python3-seccomp is not installed (apt-get install python3-seccomp)") from error
    finally:
        sys.path.remove("/usr/lib/python3/dist-packages")
    import tempfile
    deny = seccomp.ERRNO(errno.EPERM)
    syscall_filter = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for name in ("ptrace", "process_vm_readv", "process_vm_writev", "io_uring_setup", "io_uring_enter",
                 "io_uring_register", "bpf", "perf_event_open", "userfaultfd", "keyctl", "add_key", "request_key",
                 "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "kexec_load", "init_module",
                 "finit_module", "delete_module", "personality", "acct", "swapon", "swapoff", "reboot",
                 "open_by_handle_at", "name_to_handle_at", "fanotify_init", "syslog"):
        syscall_filter.add_rule(deny, name)
    for family in (16, 17, 38, 40):  # AF_NETLINK, AF_PACKET, AF_ALG, AF_VSOCK
        syscall_filter.add_rule(seccomp.ERRNO(errno.EAFNOSUPPORT), "socket", seccomp.Arg(0, seccomp.EQ, family))
    clone_newuser = 0x10000000
    syscall_filter.add_rule(deny, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, clone_newuser, clone_newuser))
    # clone3 passes its flags in memory a filter cannot read; ENOSYS makes libc fall back to clone.
    syscall_filter.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    with tempfile.TemporaryFile() as program:
        syscall_filter.export_bpf(program)
        program.seek(0)
        return program.read()


def check_sandbox_prerequisites():
    """Raise SandboxUnavailable unless bwrap, setpriv and cgroup v1 memory + pids are usable here."""
    if not sys.platform.startswith("linux"):
        raise SandboxUnavailable("the grading sandbox needs Linux (bubblewrap, cgroups, seccomp)")
    for tool, package in ((BWRAP, "bubblewrap"), (SETPRIV, "util-linux")):
        if not os.access(tool, os.X_OK):
            raise SandboxUnavailable(f"{tool} is missing (apt-get install {package})")
    for controller in ("memory", "pids"):
        path = _own_cgroup(controller)
        if not os.access(path, os.W_OK):
            raise SandboxUnavailable(f"cannot create cgroups under {path} (needs cgroup v1 {controller}, writable)")
