"""`npm run grader:doctor`: can this host grade, with which isolation, and what to fix.

Checks the way isolate's `isolate-check-environment` does: the tools (bubblewrap, setpriv, python3-seccomp,
Debian's python3), user namespaces, root, the cgroup version and whether this process's cgroup is delegated and
writable, which isolation GRADER_ISOLATION selects, and then proves each limit with a tiny probe run (a sandbox
starts; memory, processes, output file size, wall clock, seccomp, network). `--quick` skips the probes (what
`npm start` and `npm run worker` run at start-up); `--json` prints one JSON object instead of lines.
Exit status: 0 when grading works here (warnings allowed), 1 when it does not.
"""

import json
import os
import platform
import subprocess
import sys

from grader import cgroups, sandbox
from grader.checker_server import checked_launcher
from grader.config import isolation_mode, setting


class Report:
    def __init__(self):
        self.checks = []

    def add(self, status, name, detail, fix=None):
        self.checks.append({"status": status, "check": name, "detail": detail, **({"fix": fix} if fix else {})})

    @property
    def failed(self):
        return any(check["status"] == "fail" for check in self.checks)


def _read(path):
    try:
        with open(path) as handle:
            return handle.read().strip()
    except OSError:
        return None


def check_tools(report):
    report.add("ok" if sys.platform.startswith("linux") else "fail", "platform",
               f"{platform.system()} {platform.release()}")
    for tool, package in ((sandbox.BWRAP, "bubblewrap"), (sandbox.SETPRIV, "util-linux")):
        if os.access(tool, os.X_OK):
            version = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout.strip()
            report.add("ok", tool, version.splitlines()[0] if version else "present")
        else:
            report.add("fail", tool, "missing", f"apt-get install {package}")
    python = os.path.realpath(sandbox.PYTHON)
    report.add("ok" if os.access(sandbox.PYTHON, os.X_OK) else "fail", "python",
               f"{sandbox.PYTHON} -> {python}, {platform.python_version()}",
               None if os.access(sandbox.PYTHON, os.X_OK) else "apt-get install python3")
    try:
        sandbox.build_seccomp_filter()
        report.add("ok", "seccomp", "python3-seccomp builds the filter")
    except sandbox.SandboxUnavailable as error:
        report.add("fail", "seccomp", str(error), "apt-get install python3-seccomp")


def check_user_namespaces(report):
    clone = _read("/proc/sys/kernel/unprivileged_userns_clone")
    limit = _read("/proc/sys/user/max_user_namespaces")
    apparmor = _read("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
    detail = f"max_user_namespaces={limit}" + (f", unprivileged_userns_clone={clone}" if clone is not None else "") \
        + (f", apparmor_restrict_unprivileged_userns={apparmor}" if apparmor is not None else "")
    if limit == "0" or clone == "0":
        report.add("fail", "user namespaces", detail, "sysctl -w kernel.unprivileged_userns_clone=1 "
                   "user.max_user_namespaces=10000 (and persist it in /etc/sysctl.d)")
    elif apparmor == "1":
        report.add("warn", "user namespaces", detail, "Ubuntu 24.04+ restricts unprivileged user namespaces: "
                   "sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or an AppArmor profile for bwrap")
    else:
        report.add("ok", "user namespaces", detail)


def check_identity(report):
    if os.geteuid() == 0:
        report.add("ok", "user", "root: runs drop to a uid of their grading slot (GRADER_UID_BASE)")
    else:
        report.add("warn", "user", f"uid {os.geteuid()} (not root): rootless bubblewrap with one uid for every run; "
                   "no per-slot uids, and cgroups only where this user's cgroup is delegated",
                   "run the worker as root, or as a systemd service with Delegate=yes")


def check_cgroups(report):
    version = cgroups.host_cgroup_version()
    own = cgroups.own_cgroups()
    report.add("ok" if version != "none" else "warn", "cgroup version",
               f"{version}; this process is in " + ", ".join(f"{k or 'unified'}:{v}" for k, v in sorted(own.items())
                                                              if k in ("", "memory", "pids")))
    try:
        tree = cgroups.open_cgroup_tree()
    except cgroups.CgroupUnavailable as error:
        report.add("warn", "cgroup delegation", str(error))
        return None
    detail = f"run cgroups under {tree.base}"
    if tree.version == "v2":
        detail += f" with {' '.join(tree.controllers)} enabled"
    report.add("ok", "cgroup delegation", detail)
    return tree


def check_install_path(report):
    """The sandbox binds a staged copy, but say when the checkout itself is private (the reason staging exists)."""
    path, private = sandbox.PACKAGE_ROOT, None
    while path != "/":
        mode = os.stat(path).st_mode
        if not mode & 0o001:
            private = path
        path = os.path.dirname(path)
    stage = sandbox.RuntimeStage()
    stage.remove()
    report.add("ok", "install path", f"{sandbox.PACKAGE_ROOT}" + (
        f" (inside {private}, which others cannot enter: the runtime is staged in {os.path.dirname(stage.path)} "
        "for the sandbox)" if private else ""))


def probe(report, launcher):
    """Tiny runs that prove each limit is enforced by this launcher."""
    limits = sandbox.Limits(wall_seconds=30, memory_mb=128, processes=16)
    checks = [
        ("sandbox starts", "print('started', __import__('os').getuid())", lambda o, out: "started" in out),
        ("memory limit", "try:\n    bytearray(512 * 1024 * 1024)\n    print('allocated')\nexcept MemoryError:\n"
                         "    print('MemoryError')", lambda o, out: "MemoryError" in out),
        ("process limit", "import os\nn = 0\ntry:\n    while n < 100:\n        if os.fork() == 0:\n"
                          "            __import__('time').sleep(30)\n        n += 1\nexcept OSError:\n    pass\n"
                          "print('forked', n)", lambda o, out: "forked" in out and int(out.split()[-1]) < 16),
        ("file size limit", "try:\n    open('/tmp/big', 'wb').write(b'x' * (40 * 1024 * 1024))\n    print('wrote')\n"
                            "except OSError as e:\n    print('refused', e.errno)", lambda o, out: "refused" in out),
        ("seccomp", "import socket\ntry:\n    socket.socket(17, socket.SOCK_RAW)\n    print('opened')\n"
                    "except OSError:\n    print('refused')", lambda o, out: "refused" in out),
        ("network", "import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
                    "    print('connected')\nexcept OSError:\n    print('unreachable')",
         lambda o, out: "unreachable" in out),
    ]
    for name, code, passed in checks:
        outcome, output = sandbox.run_python(launcher, code, limits)
        ok = passed(outcome, output)
        report.add("ok" if ok else "fail", f"probe: {name}", (output.strip().splitlines() or ["no output"])[-1][:200]
                   + f" [status {outcome.status}]")
    if launcher.tree is not None:
        # The three hold their memory at once (however slow the machine); the first to die (the OOM kill) ends it.
        code = ("import os, signal, time\nchildren = []\nfor _ in range(3):\n    pid = os.fork()\n"
                "    if pid == 0:\n        b = [bytearray(8 << 20) for _ in range(12)]\n        time.sleep(60)\n"
                "        os._exit(0)\n    children.append(pid)\nos.wait()\n"
                "for pid in children:\n    try:\n        os.kill(pid, signal.SIGKILL)\n    except OSError:\n"
                "        pass\nprint('survived')")
        outcome, output = sandbox.run_python(launcher, code, limits)
        report.add("ok" if outcome.memory_limit else "fail", "probe: memory in total (cgroup)",
                   f"3 processes x 96 MB against {limits.memory_mb + sandbox.CGROUP_HEADROOM_MB} MB: "
                   f"status {outcome.status}, peak {outcome.memory_peak_bytes}")
    outcome, _ = sandbox.run_python(launcher, "while True:\n    pass", sandbox.Limits(wall_seconds=1))
    report.add("ok" if outcome.wall_limit else "fail", "probe: wall clock", f"status {outcome.status}")


def diagnose(quick=False):
    report = Report()
    try:
        mode = isolation_mode()
        sandbox.driver_setting()
    except ValueError as error:
        report.add("fail", "settings", str(error))
        return report, None
    check_tools(report)
    check_user_namespaces(report)
    check_identity(report)
    check_cgroups(report)
    if setting("GRADER_UNSAFE_LOCAL") == "1":
        report.add("warn", "GRADER_UNSAFE_LOCAL", "set: learner code runs WITHOUT a sandbox")
    try:
        # The same choice, self-check and fallback the checker makes at start-up.
        launcher, summary = checked_launcher(mode)
    except sandbox.SandboxUnavailable as error:
        report.add("fail", "isolation", f"GRADER_ISOLATION={mode}: no sandbox can be built: {error}")
        return report, None
    if summary.get("driver_fallback"):
        report.add("warn", "driver", summary["driver_fallback"],
                   "in a container the fork server needs CAP_SYS_ADMIN and CAP_NET_ADMIN; bwrap needs neither")
    why_not = summary.get("no_cgroup_reason")
    try:
        if isinstance(launcher, sandbox.BwrapLauncher):
            check_install_path(report)
            if quick:
                outcome, output = sandbox.run_python(launcher, "print('started')", sandbox.Limits(wall_seconds=30))
                report.add("ok" if "started" in output else "fail", "probe: sandbox starts",
                           (output.strip() or "no output")[:300] + f" [status {outcome.status}]")
            else:
                probe(report, launcher)
    finally:
        launcher.close()
    report.add("ok", "driver", f"GRADER_DRIVER={sandbox.driver_setting()}: in force: {summary.get('driver')}")
    report.add("ok", "isolation", f"GRADER_ISOLATION={mode}: in force: {summary['isolation']}"
               + (f" (no cgroup: {why_not})" if why_not and mode == "auto" else ""))
    for note in summary.get("notes", []):
        if note != summary.get("driver_fallback"):
            report.add("warn", "isolation", note)
    return report, summary


def main():
    quick = "--quick" in sys.argv
    report, summary = diagnose(quick=quick)
    if "--json" in sys.argv:
        print(json.dumps({"ok": not report.failed, "isolation": summary, "checks": report.checks}))
    else:
        marks = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}
        for check in report.checks:
            print(f"{marks[check['status']]}  {check['check']}: {check['detail']}")
            if check.get("fix"):
                print(f"        fix: {check['fix']}")
        if summary:
            print(f"isolation in force: {summary['isolation']} (driver {summary.get('driver')})")
        print("grading works here" if not report.failed else "grading does NOT work here: fix the FAIL lines above")
    sys.exit(1 if report.failed else 0)


if __name__ == "__main__":
    main()
