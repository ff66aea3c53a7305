"""Starting the learner's Python in a fresh sandbox, and making sure nothing of it survives.

One `Launcher` is chosen at start-up (`choose_launcher()`) and starts every run; each run is a `Run`, and how it
ended is one `Outcome` record (as isolate's meta file), read by everything that explains a run's end.

The bubblewrap launcher layers: a per-run cgroup (v1 or v2, see cgroups.py) or, where none can be had, per-process
rlimits alone; rlimits (CPU, address space, processes, file size, open files, no core); setpriv to an unprivileged
uid of this grading slot *before* bwrap (root running `bwrap --uid` stays root outside); bwrap with every namespace
unshared, a read-only root holding only the interpreter, its libraries and a staged copy of the runner runtime,
size-capped /tmp and /dev/shm, host information in /proc masked, a clean environment, and a seccomp filter. Only the
fds we map survive: bwrap keeps whatever it inherits, so the launcher closes the rest before exec.
"""

import errno
import fcntl
import json
import os
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import asdict, dataclass

from grader import cgroups
from grader.config import isolation_mode, setting

GRADER_DIR = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(GRADER_DIR)
PYTHON = "/usr/bin/python3"
BWRAP = setting("GRADER_BWRAP", "/usr/bin/bwrap")
SETPRIV = "/usr/bin/setpriv"
NOBODY = 65534
SANDBOX_ROOT = "/pygrade"
TMP_BYTES = 64 * 1024 * 1024
SHM_BYTES = 16 * 1024 * 1024
FILE_BYTES = 16 * 1024 * 1024
OPEN_FILES = 64
THREAD_STACK_BYTES = 4 * 1024 * 1024
CGROUP_HEADROOM_MB = 64
HIGH_FD = 50
STAGE_PREFIX = "pygrade-runtime-"
# The fork-server template's own modules, staged beside the runtime so that, inside a run, every module it
# inherits names a sandbox path (/pygrade/...), never the install's.
TEMPLATE_MODULES = ("linux.py", "fork_server.py")
FORK_RECYCLE_RUNS = int(setting("GRADER_FORK_RECYCLE", "200"))
# How long a stop waits for a starting fork-server run to report its processes (it reports them first thing).
FORK_START_REPORT_SECONDS = 5
# Host-wide facts a run has no need for (and /proc/stat, loadavg and pressure are a timing side channel on other
# gradings): masked with an empty file or folder, as container runtimes mask /proc.
MASKED_PROC_FILES = ("cmdline", "version", "meminfo", "stat", "loadavg", "uptime", "cpuinfo", "swaps", "vmstat",
                     "zoneinfo", "diskstats", "interrupts", "softirqs", "schedstat", "sys/kernel/random/boot_id",
                     "sys/kernel/osrelease", "sys/kernel/version", "sys/kernel/hostname",
                     # Host-wide counters that move with other gradings: free pages by order (meminfo by another
                     # name), open files, inodes, dentries, the host root's key quota (seen under the fork driver).
                     "buddyinfo", "key-users", "sys/fs/file-nr", "sys/fs/inode-nr", "sys/fs/dentry-state")
MASKED_PROC_DIRS = ("pressure", "sys/fs/binfmt_misc")


def _protocol_limits():
    """The sandbox limits of grader/protocol.json, generated from src/lib/grading-protocol.ts (their one definition)."""
    with open(os.path.join(GRADER_DIR, "protocol.json"), encoding="utf-8") as file:
        return json.load(file)["limits"]


_PROTOCOL_LIMITS = _protocol_limits()


@dataclass(frozen=True)
class Limits:
    """One run's limits; the defaults are the protocol's (a job's `limits` are snake_case, as on the whole wire)."""

    wall_seconds: float = _PROTOCOL_LIMITS["wall_seconds"]["default"]
    memory_mb: int = _PROTOCOL_LIMITS["memory_mb"]["default"]
    processes: int = _PROTOCOL_LIMITS["processes"]["default"]
    output_kb: int = _PROTOCOL_LIMITS["output_kb"]["default"]

    @classmethod
    def from_job(cls, fields):
        """The limits a job names (the app resolved and clamped them); absent ones take the protocol's defaults."""
        fields = fields or {}
        return cls(**{name: fields[name] for name in cls.__dataclass_fields__ if fields.get(name) is not None})


class SandboxUnavailable(Exception):
    """No sandbox can be built here; grading must refuse rather than run code unconfined."""


@dataclass
class Outcome:
    """How one run ended, as isolate reports it: the kernel's counters plus the supervisor's own stops."""

    started: bool = False
    ended: bool = False
    exit_code: int = None
    signal: str = None
    wall_limit: bool = False
    output_limit: bool = False
    memory_limit: bool = False
    process_limit: bool = False
    cpu_limit: bool = False
    memory_peak_bytes: int = None
    cpu_ms: float = None
    cpu_throttled: int = None

    @property
    def status(self):
        """XX (never started), TO (time), OL (output), ML (memory), SG (signal), RE (non-zero exit), OK."""
        if not self.started:
            return "XX"
        if self.wall_limit or self.cpu_limit:
            return "TO"
        if self.output_limit:
            return "OL"
        if self.memory_limit:
            return "ML"
        if self.signal:
            return "SG"
        return "RE" if self.exit_code else "OK"

    def as_dict(self):
        return {**asdict(self), "status": self.status}


# -- the runner runtime, staged where the unprivileged sandbox user can read it -------------------------------------

class RuntimeStage:
    """A world-readable copy of grader/runtime for the sandbox to bind.

    bwrap binds by path after the drop to the sandbox uid, so every folder above what it binds must be traversable
    by that uid: a checkout in a 0700 home or `mktemp -d` folder cannot be bound. A private copy in the temp folder
    (made by this process, removed when it ends) can, wherever the app is installed.
    """

    def __init__(self):
        remove_stale_stages()
        self.path = tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-")
        package = os.path.join(self.path, "grader")
        shutil.copytree(os.path.join(GRADER_DIR, "runtime"), os.path.join(package, "runtime"),
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        open(os.path.join(package, "__init__.py"), "w").close()
        for name in TEMPLATE_MODULES:
            shutil.copy(os.path.join(GRADER_DIR, name), os.path.join(package, name))
        open(os.path.join(self.path, "empty"), "w").close()
        os.mkdir(os.path.join(self.path, "empty-dir"))
        os.mkdir(os.path.join(self.path, "root"))
        import compileall
        compileall.compile_dir(package, quiet=2)
        for folder, dirs, files in os.walk(self.path):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o444)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


def remove_stale_stages():
    """Stages left by checkers that were killed (their pid, part of the name, is gone)."""
    folder = tempfile.gettempdir()
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        pid = name[len(STAGE_PREFIX):].split("-")[0] if name.startswith(STAGE_PREFIX) else ""
        path = os.path.join(folder, name)
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            try:
                if os.lstat(path).st_uid == os.geteuid():
                    shutil.rmtree(path, ignore_errors=True)
            except OSError:
                pass


def runner_argv(package_root):
    """Imported rather than run as a script, so the runner's compiled bytecode is used (scripts are recompiled)."""
    boot = f"import sys; sys.path.insert(0, {package_root!r}); from grader.runtime import runner; runner.main()"
    return [PYTHON, "-I", "-S", "-B", "-c", boot]


# -- launchers ---------------------------------------------------------------------------------------------------

class Launcher:
    """Starts runs on this host; chosen once at start-up. `isolation` names what is in force, `driver` how."""

    isolation = None
    driver = None

    def start(self, argv, fd_map, limits):
        return Run(self, argv, fd_map, limits)

    def spawn(self, run, argv, fd_map):
        """Start the run's processes; returns the pid this process must reap (None: someone else's child)."""
        command = self.command(argv, run)
        pid = os.fork()
        if pid == 0:
            run._exec_child(command, fd_map)
        return pid

    def package_root(self):
        raise NotImplementedError

    def report(self):
        return {"isolation": self.isolation, "notes": []}

    def close(self):
        pass


class LocalLauncher(Launcher):
    """GRADER_UNSAFE_LOCAL=1: no sandbox at all, for a developer's own code on a machine without bubblewrap."""

    isolation = "unsafe-local"
    driver = "local"

    def package_root(self):
        return PACKAGE_ROOT

    def command(self, argv, run):
        return argv

    def prepare_child(self, run):
        os.setpgid(0, 0)
        _set_rlimits(run.limits, nproc=run.limits.processes * 4)

    def report(self):
        return {"isolation": self.isolation,
                "notes": ["learner code runs WITHOUT a sandbox, with this user's rights: never use this where "
                          "untrusted people submit code"]}


class BwrapLauncher(Launcher):
    """bubblewrap + setpriv + seccomp, with per-run cgroups when `tree` is given, else rlimits only."""

    driver = "bwrap"

    def __init__(self, tree, seccomp_bpf, slot=None):
        self.tree = tree
        self.seccomp_bpf = seccomp_bpf
        self.slot = slot
        self.stage = RuntimeStage()
        self.isolation = f"cgroup-{tree.version}" if tree else "rlimits"
        self.as_root = os.geteuid() == 0

    def package_root(self):
        return SANDBOX_ROOT

    def next_uid(self):
        if not self.as_root:
            return None
        return self.slot.next_uid() if self.slot else NOBODY

    def spawn(self, run, argv, fd_map):
        filter_fd = os.memfd_create("seccomp", 0)
        os.write(filter_fd, self.seccomp_bpf)
        os.lseek(filter_fd, 0, os.SEEK_SET)
        run.status_fd, status_write = os.pipe()
        try:
            return super().spawn(run, argv, {**fd_map, 4: filter_fd, 5: status_write})
        finally:
            os.close(filter_fd)
            os.close(status_write)

    def read_only_binds(self):
        """[(host path, sandbox path)] and [(link, target)]: what every run's root holds."""
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        binds = [(os.path.realpath(PYTHON), PYTHON), (f"/usr/lib/{version}", f"/usr/lib/{version}")]
        multiarch = _multiarch_lib()
        if multiarch:
            binds.append((multiarch, multiarch))
        links = [("/lib", "usr/lib")]
        if os.path.isdir("/usr/lib64"):
            binds.append(("/usr/lib64", "/usr/lib64"))
            links.append(("/lib64", "usr/lib64"))
        binds.append((os.path.join(self.stage.path, "grader"), f"{SANDBOX_ROOT}/grader"))
        return binds, links

    def command(self, argv, run):
        binds, links = self.read_only_binds()
        binds = [item for source, target in binds[:-1] for item in ("--ro-bind", source, target)]
        binds += [item for link, target in links[1:] for item in ("--symlink", target, link)]
        masks = []
        for name in MASKED_PROC_FILES:
            if os.path.isfile(f"/proc/{name}"):
                masks += ["--ro-bind", os.path.join(self.stage.path, "empty"), f"/proc/{name}"]
        for name in MASKED_PROC_DIRS:
            if os.path.isdir(f"/proc/{name}"):
                masks += ["--ro-bind", os.path.join(self.stage.path, "empty-dir"), f"/proc/{name}"]
        command = []
        if run.uid is not None:
            command = [SETPRIV, "--reuid", str(run.uid), "--regid", str(run.uid), "--clear-groups",
                       "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
        return command + [
            BWRAP, "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
            "--cap-drop", "ALL", "--hostname", "sandbox", *binds, "--symlink", "usr/lib", "/lib",
            "--ro-bind", os.path.join(self.stage.path, "grader"), f"{SANDBOX_ROOT}/grader",
            "--size", str(TMP_BYTES), "--tmpfs", "/tmp", "--proc", "/proc", *masks, "--dev", "/dev",
            "--size", str(SHM_BYTES), "--tmpfs", "/dev/shm", "--remount-ro", "/dev",
            "--clearenv", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp", "--chdir", "/tmp",
            "--remount-ro", "/", "--seccomp", "4", "--json-status-fd", "5", *argv,
        ]

    def prepare_child(self, run):
        if run.cgroup:
            run.cgroup.enter()
            _set_rlimits(run.limits, nproc=None)
        else:
            _set_rlimits(run.limits, nproc=self._nproc_cap(run))

    def _nproc_cap(self, run):
        """RLIMIT_NPROC counts every process of the real uid: a slot uid has only this run's; without root the
        service's own uid also runs everything else of that user, so the cap is added to what it already has."""
        if run.uid is not None:
            return run.limits.processes
        return _processes_of_uid(os.getuid()) + run.limits.processes

    def report(self):
        notes = []
        if self.tree is None:
            notes.append("no cgroups: a run's memory is capped per process (address space), not in total, its "
                         "processes by a uid of its own (RLIMIT_NPROC), its CPU time per process; nothing caps "
                         "the CPU share a run takes from other runs")
        if not self.as_root:
            notes.append("not running as root: every run uses this service's own uid (no per-slot uids), so the "
                         "process cap counts this user's other processes too, and runs are separated only by "
                         "their namespaces")
        report = {"isolation": self.isolation, "driver": self.driver, "notes": notes, "root": self.as_root,
                  "cgroup": {"version": self.tree.version, "base": self.tree.base} if self.tree else None}
        if self.slot:
            report["uids"] = list(self.slot.uids)
        return report

    def close(self):
        self.stage.remove()


TEMPLATE_BOOT = r'''
import sys, types
stage = sys.argv[1]
def load(name, relative, package=False):
    module = types.ModuleType(name)
    module.__file__ = "/pygrade/" + relative
    if package:
        module.__path__ = ["/pygrade/" + relative.rsplit("/", 1)[0]]
    module.__package__ = name if package else name.rpartition(".")[0]
    sys.modules[name] = module
    if "." in name:
        parent, _, child = name.rpartition(".")
        setattr(sys.modules[parent], child, module)
    with open(stage + "/" + relative, "rb") as source:
        exec(compile(source.read(), module.__file__, "exec", dont_inherit=True), module.__dict__)
    return module
try:
    load("grader", "grader/__init__.py", True)
    load("grader.runtime", "grader/runtime/__init__.py", True)
    for name in ("wire", "vclock", "runner"):
        load("grader.runtime." + name, "grader/runtime/" + name + ".py")
    load("grader.linux", "grader/linux.py")
    template = load("grader.fork_server", "grader/fork_server.py")
except Exception as error:
    # One line in the checker's log (its runs then fail to start, as the grader's problem, never the learner's).
    sys.stderr.write(f"grader: the fork-server template cannot load the runner runtime staged in {stage}: {error}\n")
    raise SystemExit(126)
template.main(stage)
'''


class ForkLauncher(BwrapLauncher):
    """The fork-server driver: a long-lived template process (grader/fork_server.py) forks each run's sandbox with
    the runner already imported, instead of exec'ing setpriv, bwrap and a new interpreter. Root only."""

    driver = "fork"

    def __init__(self, tree, seccomp_bpf, slot=None):
        super().__init__(tree, seccomp_bpf, slot)
        self.owner = os.getpid()
        self.control = None
        self.template_pid = None
        self.runs = 0
        self.seccomp_text = __import__("base64").b64encode(seccomp_bpf).decode()

    def _start_template(self):
        import socket
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = os.fork()
        if pid == 0:
            try:
                # glibc sizes thread stacks from RLIMIT_STACK when the process starts, and every run inherits the
                # template's: give it the runs' limit now, or threads would eat the address-space cap.
                resource.setrlimit(resource.RLIMIT_STACK, (THREAD_STACK_BYTES, THREAD_STACK_BYTES))
                os.dup2(theirs.fileno(), 3, inheritable=True)
                null = os.open(os.devnull, os.O_RDWR)
                os.dup2(null, 0)
                os.dup2(null, 1)
                os.closerange(4, 65536)
                os.execve(PYTHON, [PYTHON, "-I", "-S", "-B", "-c", TEMPLATE_BOOT, self.stage.path], {})
            except BaseException as error:
                os.write(2, f"grader: cannot start the fork-server template: {error}\n".encode())
            finally:
                os._exit(126)
        theirs.close()
        self.control, self.template_pid, self.runs = ours, pid, 0

    def _retire_template(self):
        """Close its control socket: it finishes the runs it started, then exits (the checker server reaps it)."""
        if self.control is not None:
            self.control.close()
            self.control = None

    def _template(self):
        # Recycled every FORK_RECYCLE_RUNS runs so a hash seed and memory layout never live long; only the process
        # that owns the template replaces it (a checker's job child uses the one it inherited).
        if os.getpid() == self.owner and (self.control is None or self.runs >= FORK_RECYCLE_RUNS):
            self._retire_template()
            self._start_template()
        self.runs += 1
        return self.control

    def spawn(self, run, argv, fd_map):
        import json
        import socket
        binds, links = self.read_only_binds()
        request = {"mode": "runner" if argv[:6] == runner_argv(SANDBOX_ROOT) else "exec", "argv": argv,
                   "uid": run.uid, "cgroup_procs": run.cgroup.procs_files() if run.cgroup else [],
                   "rlimits": rlimits(run.limits, None if run.cgroup else self._nproc_cap(run)),
                   "targets": sorted(fd_map), "seccomp": self.seccomp_text, "binds": binds, "symlinks": links,
                   "tmp_bytes": TMP_BYTES, "shm_bytes": SHM_BYTES, "masked_files": MASKED_PROC_FILES,
                   "masked_dirs": MASKED_PROC_DIRS}
        run.status_fd, status_write = os.pipe()
        try:
            socket.send_fds(self._template(), [json.dumps(request).encode()],
                            [fd_map[target] for target in request["targets"]] + [status_write])
        except OSError:
            # The template is gone (killed, or it failed to start): the run never starts, and says so.
            pass
        finally:
            os.close(status_write)
        return None

    def close(self):
        self._retire_template()
        if self.template_pid and os.getpid() == self.owner:
            try:
                os.waitpid(self.template_pid, 0)
            except ChildProcessError:
                pass
        super().close()


def _processes_of_uid(uid):
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.stat(f"/proc/{name}").st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count


def _multiarch_lib():
    multiarch = getattr(sys.implementation, "_multiarch", "")
    return f"/usr/lib/{multiarch}" if multiarch and os.path.isdir(f"/usr/lib/{multiarch}") else None


def rlimits(limits, nproc):
    """[(resource, soft, hard)] for a run."""
    cpu = int(limits.wall_seconds) + 1
    # The learner-facing memory limit is the address space: exceeding it is a clean MemoryError. The cgroup,
    # a little above it, is the backstop for what address space does not count (several processes, tmpfs);
    # without the rlimit, growth would first thrash against the cgroup for seconds before the OOM kill.
    address_space = limits.memory_mb * 1024 * 1024
    chosen = [(resource.RLIMIT_CPU, cpu, cpu + 1), (resource.RLIMIT_AS, address_space, address_space),
              # glibc sizes thread stacks from RLIMIT_STACK; 8 MB each would eat the address space in a few threads.
              (resource.RLIMIT_STACK, THREAD_STACK_BYTES, THREAD_STACK_BYTES),
              (resource.RLIMIT_FSIZE, FILE_BYTES, FILE_BYTES), (resource.RLIMIT_NOFILE, OPEN_FILES, OPEN_FILES),
              (resource.RLIMIT_CORE, 0, 0)]
    if nproc is not None:
        chosen.append((resource.RLIMIT_NPROC, nproc, nproc))
    return chosen


def _set_rlimits(limits, nproc):
    for resource_id, soft, hard in rlimits(limits, nproc):
        resource.setrlimit(resource_id, (soft, hard))


class Run:
    """One run of `argv` with the given child fds; `kill()` ends every process it started.

    The process that starts a run is its parent; a forked checker child may take it over (a prewarmed sandbox), so
    everything after start-up works without waitpid: the exit code comes from bwrap's status fd, and "everything
    ended" means bwrap (whose pid 1 takes the whole pid namespace with it) has exited. The parent reaps.
    """

    def __init__(self, launcher, argv, fd_map, limits):
        self.launcher = launcher
        self.limits = limits
        self.sandboxed = isinstance(launcher, BwrapLauncher)
        self.uid = launcher.next_uid() if self.sandboxed else None
        self.cgroup = None
        if self.sandboxed and launcher.tree:
            self.cgroup = launcher.tree.create(limits, (limits.memory_mb + CGROUP_HEADROOM_MB) * 1024 * 1024)
        self.parent_pid = os.getpid()
        self.record = Outcome()
        self.namespace_init = None
        self.status_fd = None
        self.wait_status = None
        try:
            self.pid = launcher.spawn(self, argv, fd_map)
        except BaseException:
            if self.cgroup:
                self.cgroup.remove()
            raise
        if not self.sandboxed:
            self.record.started = True

    def _exec_child(self, command, fd_map):
        try:
            self.launcher.prepare_child(self)
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
        deadline = time.monotonic() + timeout
        buffer = b""
        while self.status_fd is not None:
            # At least one poll, so ended() without a timeout still notices a run that has already ended.
            remaining = max(0.0, deadline - time.monotonic())
            if not select.select([self.status_fd], [], [], remaining)[0]:
                break
            chunk = os.read(self.status_fd, 4096)
            buffer += chunk
            if not chunk:
                os.close(self.status_fd)
                self.status_fd = None
                self.record.ended = True
        for line in buffer.decode(errors="replace").splitlines():
            try:
                report = json.loads(line)
            except ValueError:
                continue
            if not isinstance(report, dict):
                continue
            if "child-pid" in report:
                self.record.started = True
                self.namespace_init = report["child-pid"]
            if "exit-code" in report:
                self._set_exit(report["exit-code"])

    def _set_exit(self, code):
        if isinstance(code, int) and code > 128:
            # A program killed by signal N is reported as exit code 128 + N.
            try:
                self.record.signal = signal.Signals(code - 128).name
                self.record.exit_code = None
                return
            except ValueError:
                pass
        self.record.exit_code = code

    def ended(self, timeout=0.0):
        """Whether the sandboxed program has exited (waiting up to `timeout`)."""
        if self.sandboxed:
            self._read_status(timeout)
            return self.status_fd is None
        deadline = time.monotonic() + timeout
        while True:
            if self.wait_status is None:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.wait_status = status
                    self.record.ended = True
                    if os.WIFSIGNALED(status):
                        self.record.signal = signal.Signals(os.WTERMSIG(status)).name
                    else:
                        self._set_exit(os.WEXITSTATUS(status))
            if self.wait_status is not None or time.monotonic() >= deadline:
                return self.wait_status is not None
            time.sleep(0.002)

    def outcome(self):
        """The run's Outcome so far, with the kernel's counters read now."""
        self.ended()
        record = self.record
        if self.cgroup:
            counters = self.cgroup.counters()
            record.memory_limit = record.memory_limit or counters["oom_kills"] > 0
            record.process_limit = record.process_limit or counters["process_limit_hits"] > 0
            record.memory_peak_bytes = counters["memory_peak_bytes"]
            record.cpu_ms = counters["cpu_ms"]
            record.cpu_throttled = counters["cpu_throttled"]
        if record.signal == "SIGXCPU":
            record.cpu_limit = True
        if (self.launcher.driver == "fork" and record.signal == "SIGKILL"
                and not (record.wall_limit or record.output_limit or record.memory_limit)):
            # Under the fork driver the learner's process is pid 1 of its namespace: the CPU soft limit's SIGXCPU
            # does not reach it, and nothing inside the run can SIGKILL it, so a SIGKILL nobody here asked for is
            # the CPU hard limit.
            record.cpu_limit = True
        return record

    def mark(self, **stops):
        """The supervisor's own reasons for stopping the run (wall_limit, output_limit)."""
        for name, value in stops.items():
            setattr(self.record, name, value)

    def kill(self):
        if self.sandboxed:
            self._kill_namespace()
        else:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if self.cgroup:
            self.cgroup.kill_all()
        if self.pid is None:
            return
        _kill(self.pid)
        if os.getpid() == self.parent_pid:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass

    def _kill_namespace(self):
        """Kill the run's pid 1: the kernel then kills every process of its pid namespace. A fork-server run (not our
        child: `self.pid` is None) says its pid 1 on the status fd first thing, so wait briefly for that, and a run
        stopped while still starting cannot carry on unobserved. Its pid cannot have been reused while the status
        fd is open: the template reports the exit and closes the fd before it reaps pid 1."""
        deadline = time.monotonic() + (FORK_START_REPORT_SECONDS if self.pid is None else 0)
        self.ended()
        while self.status_fd is not None and self.namespace_init is None and time.monotonic() < deadline:
            self._read_status(0.02)
        if self.namespace_init and self.status_fd is not None:
            _kill(self.namespace_init)

    def close(self):
        self.kill()
        if self.sandboxed and self.status_fd is not None:
            self._read_status(1.0)
        if self.cgroup:
            self.cgroup.remove()
        if self.status_fd is not None:
            os.close(self.status_fd)
            self.status_fd = None


def run_python(launcher, code, limits, max_output=100_000):
    """Run a Python program to its end (or the wall limit) in a fresh sandbox; returns (Outcome, output).

    For probes (the doctor) and the containment suite; grading goes through the checker's runner instead.
    """
    out_read, out_write = os.pipe()
    null = os.open(os.devnull, os.O_RDWR)
    try:
        run = launcher.start([PYTHON, "-I", "-S", "-B", "-c", code], {0: null, 1: out_write, 2: out_write, 3: null},
                             limits)
    finally:
        os.close(out_write)
        os.close(null)
    output = bytearray()
    deadline = time.monotonic() + limits.wall_seconds
    while time.monotonic() < deadline:
        if not select.select([out_read], [], [], min(0.1, max(0.0, deadline - time.monotonic())))[0]:
            continue
        chunk = os.read(out_read, 65536)
        if not chunk:
            break
        output += chunk[:max(0, max_output - len(output))]
    if not run.ended(timeout=max(0.0, deadline - time.monotonic())):
        run.mark(wall_limit=True)
    outcome = run.outcome()
    run.close()
    os.close(out_read)
    return outcome, output.decode(errors="replace")


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


# -- seccomp -----------------------------------------------------------------------------------------------------

AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10


def build_seccomp_filter():
    """A BPF program denying the syscalls a Python exercise never needs but an escape would."""
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        import seccomp
    except ImportError as error:
        raise SandboxUnavailable("python3-seccomp is not installed (apt-get install python3-seccomp)") from error
    finally:
        sys.path.remove("/usr/lib/python3/dist-packages")
    deny = seccomp.ERRNO(errno.EPERM)
    syscall_filter = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for name in ("ptrace", "process_vm_readv", "process_vm_writev", "io_uring_setup", "io_uring_enter",
                 "io_uring_register", "bpf", "perf_event_open", "userfaultfd", "keyctl", "add_key", "request_key",
                 "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "kexec_load", "init_module",
                 "finit_module", "delete_module", "personality", "acct", "swapon", "swapoff", "reboot",
                 "open_by_handle_at", "name_to_handle_at", "fanotify_init", "syslog", "move_mount", "open_tree",
                 "fsopen", "fsmount", "fsconfig", "fspick", "mount_setattr", "kcmp", "lookup_dcookie",
                 # Memory a process holds without mapping it, which RLIMIT_AS never counts (a SysV shm segment lives
                 # on after shmdt; memfds and message queues are never mapped): without a cgroup it let one 256 MB
                 # process hold gigabytes. POSIX shared memory (shm_open, multiprocessing) uses the capped /dev/shm.
                 "shmget", "shmat", "shmctl", "shmdt", "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop",
                 "semtimedop", "semctl", "memfd_create", "memfd_secret"):
        syscall_filter.add_rule(deny, name)
    # Sockets: an allow-list of families (Unix, IPv4, IPv6: what asyncio and socketpair need), not a deny-list.
    no_family = seccomp.ERRNO(errno.EAFNOSUPPORT)
    for family in [0, *range(AF_INET + 1, AF_INET6)]:
        syscall_filter.add_rule(no_family, "socket", seccomp.Arg(0, seccomp.EQ, family))
    syscall_filter.add_rule(no_family, "socket", seccomp.Arg(0, seccomp.GT, AF_INET6))
    syscall_filter.add_rule(no_family, "socketpair", seccomp.Arg(0, seccomp.NE, AF_UNIX))
    clone_newuser = 0x10000000
    syscall_filter.add_rule(deny, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, clone_newuser, clone_newuser))
    # clone3 passes its flags in memory a filter cannot read; ENOSYS makes libc fall back to clone.
    syscall_filter.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    with tempfile.TemporaryFile() as program:
        syscall_filter.export_bpf(program)
        program.seek(0)
        return program.read()


# -- choosing the launcher ---------------------------------------------------------------------------------------

def check_tools():
    if not sys.platform.startswith("linux"):
        raise SandboxUnavailable("the grading sandbox needs Linux (bubblewrap, namespaces, seccomp)")
    for tool, package in ((BWRAP, "bubblewrap"), (SETPRIV, "util-linux")):
        if not os.access(tool, os.X_OK):
            raise SandboxUnavailable(f"{tool} is missing (apt-get install {package})")


DRIVERS = ("auto", "fork", "bwrap")


def driver_setting():
    driver = setting("GRADER_DRIVER", "auto")
    if driver not in DRIVERS:
        raise ValueError(f"GRADER_DRIVER must be one of {', '.join(DRIVERS)}, not {driver!r}")
    return driver


def choose_launcher(mode=None, driver=None):
    """The launcher for GRADER_ISOLATION (`auto`: the strongest available) and GRADER_DRIVER (`auto`: the fork
    server where it can run, that is as root; the caller falls back to bwrap if its self-check fails).
    Raises SandboxUnavailable.

    Returns (launcher, why_no_cgroup): the second is the reason cgroups are not used, when they are not.
    """
    if setting("GRADER_UNSAFE_LOCAL") == "1":
        return LocalLauncher(), None
    mode = mode or isolation_mode()
    driver = driver or driver_setting()
    if driver == "fork" and os.geteuid() != 0:
        raise SandboxUnavailable("GRADER_DRIVER=fork needs root (it builds each run's namespaces itself); "
                                 "use GRADER_DRIVER=bwrap, which also runs rootless")
    check_tools()
    seccomp_bpf = build_seccomp_filter()
    tree, why_not = None, None
    if mode in ("auto", "cgroup"):
        try:
            tree = cgroups.open_cgroup_tree()
        except cgroups.CgroupUnavailable as error:
            why_not = str(error)
            if mode == "cgroup":
                raise SandboxUnavailable(f"GRADER_ISOLATION=cgroup, but {why_not}") from None
    else:
        why_not = "GRADER_ISOLATION=rlimits"
    slot = None
    if os.geteuid() == 0:
        from grader.uid_slots import NoFreeSlot, claim_uid_slot
        try:
            slot = claim_uid_slot()
        except (NoFreeSlot, OSError) as error:
            if tree is None:
                raise SandboxUnavailable(f"no grading uid slot for the rlimits isolation: {error}") from None
    if tree:
        tree.remove_stale()
    kind = ForkLauncher if driver != "bwrap" and os.geteuid() == 0 else BwrapLauncher
    return kind(tree, seccomp_bpf, slot), why_not


def fall_back_to_bwrap(launcher):
    """The same host set-up (cgroup tree, uid slot, filter) on the bubblewrap driver."""
    launcher.close()
    return BwrapLauncher(launcher.tree, launcher.seccomp_bpf, launcher.slot)
