"""Per-run resource limits through the host's cgroups: v1, v2 (delegated) or none, behind one interface.

`open_cgroup_tree()` finds what this host offers and returns a tree that makes one cgroup per run:
- cgroup v1 (and hybrid hosts whose v1 `memory` and `pids` hierarchies are mounted): a run cgroup in each
  controller's hierarchy, nested under the one this process is in.
- cgroup v2: the no-internal-process rule means a cgroup holding processes cannot give its children controllers,
  so the service first moves every process of its own cgroup into a leaf (`<own>/supervisor`), then enables
  `+memory +pids +cpu` for its children. Inside a container with a private cgroup namespace the namespace's root is
  an ordinary cgroup, so the same step evacuates the container's processes (as Docker-in-Docker does).
When neither is usable it raises CgroupUnavailable saying exactly why and what to change.
"""

import errno
import os
import signal
import time

MOUNTINFO = "/proc/self/mountinfo"
RUN_PREFIX = "grader-"
SUPERVISOR_LEAF = "supervisor"
V2_CONTROLLERS = ("memory", "pids", "cpu")
V2_REQUIRED = ("memory", "pids")
# A run may use at most one core: a busy loop cannot starve the other runs on the machine.
CPU_PERIOD_US = 100_000


class CgroupUnavailable(Exception):
    """No per-run cgroups here; `reason` says what is missing and how to fix it."""


def _write(path, text):
    with open(path, "w") as handle:
        handle.write(text)


def _read(path, default=""):
    try:
        with open(path) as handle:
            return handle.read()
    except OSError:
        return default


def _keyed(path):
    """`key value` lines (memory.events, pids.events, cpu.stat) as a dict of ints."""
    fields = {}
    for line in _read(path).splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                fields[parts[0]] = int(parts[1])
            except ValueError:
                pass
    return fields


def _int_file(path):
    try:
        return int(_read(path).strip())
    except ValueError:
        return None


def cgroup_mounts():
    """[(fstype, mount point, options, super options)] for every cgroup mount this process sees."""
    mounts = []
    for line in _read(MOUNTINFO).splitlines():
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) >= 6 and tail and tail[0] in ("cgroup", "cgroup2"):
            mounts.append((tail[0], fields[4], fields[5].split(","), tail[2].split(",") if len(tail) > 2 else []))
    return mounts


def own_cgroups():
    """{hierarchy: path} from /proc/self/cgroup; v2's unified hierarchy is the key ''."""
    found = {}
    for line in _read("/proc/self/cgroup").splitlines():
        parts = line.split(":", 2)
        if len(parts) == 3:
            for controller in (parts[1].split(",") if parts[1] else [""]):
                found[controller] = parts[2]
    return found


class RunCgroup:
    """One run's cgroup: entered by the launcher child before exec, read for the outcome, killed, removed."""

    def enter(self):
        for procs in self.procs_files():
            _write(procs, "0")

    def procs_files(self):
        """The cgroup.procs files a process writes "0" into to enter this run's cgroup."""
        raise NotImplementedError

    def counters(self):
        """{'oom_kills', 'memory_limit_hits', 'memory_peak_bytes', 'process_limit_hits', 'cpu_ms', 'cpu_throttled'}
        (None: this kernel does not say)."""
        raise NotImplementedError

    def kill_all(self):
        raise NotImplementedError

    def remove(self):
        raise NotImplementedError


def _kill_listed(procs_file):
    """SIGKILL everything listed until nothing is (pids.max bounds how fast a fork bomb refills)."""
    for _ in range(500):
        try:
            pids = [int(pid) for pid in _read(procs_file, None).split()]
        except AttributeError:
            return
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.001)


def _rmdir_when_empty(path):
    for _ in range(500):
        try:
            os.rmdir(path)
            return
        except FileNotFoundError:
            return
        except OSError as error:
            if error.errno != errno.EBUSY:
                return
            time.sleep(0.002)


class _V2Run(RunCgroup):
    def __init__(self, path, limits, memory_bytes):
        self.path = path
        os.mkdir(path)
        try:
            _write(os.path.join(path, "memory.max"), str(memory_bytes))
            swap = os.path.join(path, "memory.swap.max")
            if os.path.exists(swap):
                _write(swap, "0")
            _write(os.path.join(path, "memory.oom.group"), "1")
            _write(os.path.join(path, "pids.max"), str(limits.processes))
            cpu = os.path.join(path, "cpu.max")
            if os.path.exists(cpu):
                _write(cpu, f"{CPU_PERIOD_US} {CPU_PERIOD_US}")
        except OSError:
            os.rmdir(path)
            raise

    def procs_files(self):
        return [os.path.join(self.path, "cgroup.procs")]

    def counters(self):
        memory = _keyed(os.path.join(self.path, "memory.events"))
        pids = _keyed(os.path.join(self.path, "pids.events"))
        cpu = _keyed(os.path.join(self.path, "cpu.stat"))
        return {"oom_kills": memory.get("oom_kill", 0), "memory_limit_hits": memory.get("max", 0),
                "memory_peak_bytes": _int_file(os.path.join(self.path, "memory.peak")),
                "process_limit_hits": pids.get("max", 0),
                "cpu_ms": cpu["usage_usec"] / 1000 if "usage_usec" in cpu else None,
                "cpu_throttled": cpu.get("nr_throttled", 0)}

    def kill_all(self):
        kill_file = os.path.join(self.path, "cgroup.kill")
        if os.path.exists(kill_file):
            try:
                _write(kill_file, "1")
            except OSError:
                pass
            for _ in range(500):
                if "populated 0" in _read(os.path.join(self.path, "cgroup.events"), "populated 0"):
                    return
                time.sleep(0.001)
        _kill_listed(os.path.join(self.path, "cgroup.procs"))

    def remove(self):
        _rmdir_when_empty(self.path)


class _V1Run(RunCgroup):
    def __init__(self, paths, limits, memory_bytes):
        self.paths = paths
        made = []
        try:
            for path in paths.values():
                os.mkdir(path)
                made.append(path)
            memory = paths["memory"]
            _write(os.path.join(memory, "memory.limit_in_bytes"), str(memory_bytes))
            swap = os.path.join(memory, "memory.memsw.limit_in_bytes")
            if os.path.exists(swap):
                _write(swap, str(memory_bytes))
            _write(os.path.join(paths["pids"], "pids.max"), str(limits.processes))
        except OSError:
            for path in made:
                os.rmdir(path)
            raise

    def procs_files(self):
        return [os.path.join(path, "cgroup.procs") for path in self.paths.values()]

    def counters(self):
        memory = self.paths["memory"]
        oom = _keyed(os.path.join(memory, "memory.oom_control"))
        peak = _int_file(os.path.join(memory, "memory.max_usage_in_bytes"))
        limit = _int_file(os.path.join(memory, "memory.limit_in_bytes"))
        cpu_ns = _int_file(os.path.join(self.paths["cpuacct"], "cpuacct.usage")) if "cpuacct" in self.paths else None
        return {"oom_kills": oom.get("oom_kill", 0),
                "memory_limit_hits": _int_file(os.path.join(memory, "memory.failcnt")) or
                (1 if peak is not None and limit is not None and peak >= limit else 0),
                "memory_peak_bytes": peak,
                "process_limit_hits": _keyed(os.path.join(self.paths["pids"], "pids.events")).get("max", 0),
                "cpu_ms": cpu_ns / 1e6 if cpu_ns is not None else None, "cpu_throttled": None}

    def kill_all(self):
        _kill_listed(os.path.join(self.paths["pids"], "cgroup.procs"))

    def remove(self):
        for path in self.paths.values():
            _rmdir_when_empty(path)


class CgroupTree:
    """Where run cgroups are made; `version` is 'v1' or 'v2', `base` where they live (for logs and the doctor)."""

    version = None
    _count = 0

    def create(self, limits, memory_bytes):
        raise NotImplementedError

    def _run_name(self):
        CgroupTree._count += 1
        return f"{RUN_PREFIX}{os.getpid()}-{CgroupTree._count}"

    def run_parents(self):
        raise NotImplementedError

    def remove_stale(self):
        """Remove run cgroups left by grader processes that were killed (their creator's pid is gone)."""
        for parent in self.run_parents():
            try:
                names = os.listdir(parent)
            except OSError:
                continue
            for name in names:
                parts = name.split("-")
                if len(parts) == 3 and name.startswith(RUN_PREFIX) and parts[1].isdigit() and \
                        not os.path.exists(f"/proc/{parts[1]}"):
                    path = os.path.join(parent, name)
                    if os.path.exists(os.path.join(path, "cgroup.kill")):
                        try:
                            _write(os.path.join(path, "cgroup.kill"), "1")
                        except OSError:
                            pass
                    try:
                        os.rmdir(path)
                    except OSError:
                        pass


class CgroupV1Tree(CgroupTree):
    version = "v1"

    def __init__(self, parents):
        self.parents = parents
        self.base = parents["memory"]

    def create(self, limits, memory_bytes):
        name = self._run_name()
        return _V1Run({controller: os.path.join(parent, name) for controller, parent in self.parents.items()},
                      limits, memory_bytes)

    def run_parents(self):
        return list(self.parents.values())


class CgroupV2Tree(CgroupTree):
    version = "v2"

    def __init__(self, base, controllers):
        self.base = base
        self.controllers = controllers

    def create(self, limits, memory_bytes):
        return _V2Run(os.path.join(self.base, self._run_name()), limits, memory_bytes)

    def run_parents(self):
        return [self.base]


def _open_v1(mounts, own):
    parents = {}
    for controller in ("memory", "pids", "cpuacct"):
        mount = next((m for m in mounts if m[0] == "cgroup" and controller in m[3]), None)
        if mount is None or controller not in own:
            continue
        parent = mount[1] + own[controller].rstrip("/")
        if "ro" in mount[2] or not os.access(parent, os.W_OK):
            if controller == "cpuacct":
                continue
            raise CgroupUnavailable(
                f"the cgroup v1 '{controller}' hierarchy at {parent} is "
                + ("mounted read-only" if "ro" in mount[2] else "not writable by this user")
                + ": run the grader as root on the host, or give its container a writable cgroupfs")
        parents[controller] = parent
    missing = [controller for controller in ("memory", "pids") if controller not in parents]
    if missing:
        return None
    return CgroupV1Tree(parents)


def _delegation_problem(base, mount_options):
    if "ro" in mount_options:
        return (f"the cgroup v2 tree is mounted read-only ({base}): in a container, give the worker a private cgroup "
                "namespace with a writable cgroupfs (Docker: --cgroupns=private and a rw /sys/fs/cgroup, see the "
                "README's container section), or use GRADER_ISOLATION=rlimits")
    if not os.access(os.path.join(base, "cgroup.subtree_control"), os.W_OK) or \
            not os.access(os.path.join(base, "cgroup.procs"), os.W_OK):
        return (f"the cgroup {base} is not delegated to this process (its cgroup.subtree_control is not writable by "
                f"uid {os.geteuid()}): run the worker as a systemd service with Delegate=yes (see "
                "deploy/pygrade-worker.service), or as root, or use GRADER_ISOLATION=rlimits")
    return None


def _move_all(source_procs, target_procs):
    for pid in _read(source_procs).split():
        try:
            _write(target_procs, pid)
        except OSError as error:
            if error.errno not in (errno.ESRCH, errno.EINVAL):
                raise


def _open_v2(mount, own_path):
    mount_point, options = mount[1], mount[2]
    own = mount_point + own_path.rstrip("/")
    # A sibling grader process may already have moved this service into the supervisor leaf.
    base = os.path.dirname(own) if os.path.basename(own) == SUPERVISOR_LEAF else own
    problem = _delegation_problem(base, options)
    if problem:
        raise CgroupUnavailable(problem)
    available = _read(os.path.join(base, "cgroup.controllers")).split()
    missing = [controller for controller in V2_REQUIRED if controller not in available]
    if missing:
        raise CgroupUnavailable(
            f"the cgroup v2 controllers {', '.join(missing)} are not available in {base} (its parent does not "
            "delegate them): run the worker as a systemd service with Delegate=yes, or as root in a private cgroup "
            "namespace, or use GRADER_ISOLATION=rlimits")
    wanted = [controller for controller in V2_CONTROLLERS if controller in available]
    subtree = os.path.join(base, "cgroup.subtree_control")
    for _ in range(20):
        enabled = _read(subtree).split()
        needed = [controller for controller in wanted if controller not in enabled]
        if not needed:
            return CgroupV2Tree(base, wanted)
        try:
            _write(subtree, " ".join("+" + controller for controller in needed))
        except OSError as error:
            if error.errno != errno.EBUSY:
                raise CgroupUnavailable(f"cannot enable {', '.join(needed)} for the children of {base}: "
                                        f"{os.strerror(error.errno)}") from None
            # The no-internal-process rule: empty this cgroup into a leaf first (processes may still arrive
            # while we move them, so retry).
            leaf = os.path.join(base, SUPERVISOR_LEAF)
            try:
                os.makedirs(leaf, exist_ok=True)
                _move_all(os.path.join(base, "cgroup.procs"), os.path.join(leaf, "cgroup.procs"))
            except OSError as move_error:
                raise CgroupUnavailable(f"cannot move the grading service's processes from {base} into {leaf} "
                                        f"(needed before enabling controllers): {move_error}") from None
    raise CgroupUnavailable(f"processes keep arriving in {base}, so its controllers cannot be enabled")


def open_cgroup_tree():
    """The strongest cgroup tree this host gives us; raises CgroupUnavailable with the reason and the fix."""
    mounts = cgroup_mounts()
    own = own_cgroups()
    if not mounts:
        raise CgroupUnavailable("no cgroup filesystem is mounted in this process's view (/sys/fs/cgroup)")
    v1 = _open_v1(mounts, own)
    if v1:
        return v1
    unified = next((m for m in mounts if m[0] == "cgroup2"), None)
    if unified is None or "" not in own:
        raise CgroupUnavailable("this host has cgroup v1 without the 'memory' and 'pids' controllers mounted, and no "
                                "cgroup v2 tree")
    if not _read(os.path.join(unified[1], "cgroup.controllers")).split() and unified[1] != "/sys/fs/cgroup":
        # A hybrid host's /sys/fs/cgroup/unified carries no controllers: they are all bound to v1.
        raise CgroupUnavailable(f"this is a hybrid cgroup host whose v2 tree ({unified[1]}) has no controllers, and "
                                "the v1 'memory' and 'pids' hierarchies are not both mounted")
    return _open_v2(unified, own[""])


def host_cgroup_version():
    """'v1', 'v2', 'hybrid' or 'none': what the host mounts (for the doctor and logs)."""
    kinds = {mount[0] for mount in cgroup_mounts()}
    if kinds == {"cgroup2"}:
        return "v2"
    if kinds == {"cgroup"}:
        return "v1"
    return "hybrid" if kinds else "none"
