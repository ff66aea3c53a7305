"""The grader's attack and tamper suite at the launcher and checker level, under whatever isolation is in force.

It runs on the host in the normal test run (once with GRADER_ISOLATION=auto, once with rlimits) and inside the
cgroup v2 test-bed guest (scripts/cgroup2-testbed/), where Python is 12-16x slower: so every assertion is on a
counter (exit codes, memory.events, pids.events, cpu.stat, the processes left), never on elapsed time.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import uuid

from grader import checker, sandbox
from grader.config import isolation_mode
from grader.tests.sandbox_case import SandboxTestCase

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(REPO, "tests", "grader", "fixtures")
PROBE = os.path.join(FIXTURES, "probe")
COUNTDOWN = os.path.join(FIXTURES, "countdown")
# Generous: under TCG emulation a sandbox start alone takes up to half a second.
WALL = 30


def processes_mentioning(token):
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/cmdline", "rb") as handle:
                    if token.encode() in handle.read():
                        found.append(int(name))
            except OSError:
                pass
    return found


def eventually_none(token, seconds=10):
    deadline = time.monotonic() + seconds
    while processes_mentioning(token) and time.monotonic() < deadline:
        time.sleep(0.05)
    return processes_mentioning(token)


def tests_of(exercise):
    """The source of an exercise folder's tests.py, as grading jobs carry it."""
    with open(os.path.join(exercise, "tests.py")) as handle:
        return handle.read()


def probe_code(*body):
    return "import os, sys, time\ndef probe():\n" + "".join(f"    {line}\n" for line in body)


class Containment(SandboxTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cgroup = cls.launcher.tree is not None
        print(f"\ncontainment suite: isolation {cls.launcher.isolation}, driver {cls.launcher.driver} "
              f"(GRADER_ISOLATION={isolation_mode()})"
              + (f"; no cgroup because {cls.why_no_cgroup}" if cls.why_no_cgroup else ""), file=sys.stderr)

    def run_program(self, code, **limits):
        """Run a Python program in a fresh sandbox; returns (outcome, output)."""
        return sandbox.run_python(self.launcher, code, sandbox.Limits(**{"wall_seconds": WALL, **limits}))

    def grade(self, exercise, code, **limits):
        return checker.grade(tests_of(exercise), code, sandbox.Limits(**{"wall_seconds": WALL, **limits}), 10,
                             self.launcher)

    # -- limits --------------------------------------------------------------------------------------------------
    def test_memory_in_total_across_processes(self):
        # Four processes of 96 MB each: every one is under the 128 MB address-space cap, together far over the
        # cgroup's 128 + 64 MB. Only a cgroup can count them together.
        # They hold it at once however slow the machine: each sleeps once it has allocated, and the first to end
        # (killed by the OOM killer, or all done where nothing counts them together) ends the run.
        code = ("import os, signal, time\n"
                "children = []\n"
                "for _ in range(4):\n"
                "    pid = os.fork()\n"
                "    if pid == 0:\n"
                "        blocks = [bytearray(8 * 1024 * 1024) for _ in range(12)]\n"
                f"        time.sleep({30 if self.cgroup else 1})\n"
                "        os._exit(0)\n"
                "    children.append(pid)\n"
                "os.wait()\n"
                "for pid in children:\n"
                "    try:\n"
                "        os.kill(pid, signal.SIGKILL)\n"
                "    except OSError:\n"
                "        pass\n")
        outcome, _ = self.run_program(code, memory_mb=128, wall_seconds=WALL)
        if self.cgroup:
            self.assertTrue(outcome.memory_limit, outcome)
            self.assertEqual(outcome.status, "ML")
        else:
            self.assertFalse(outcome.memory_limit)

    def test_learner_threads_fit_the_default_memory_limit(self):
        # Eight threads blocked at once (as asyncio.to_thread or a ThreadPoolExecutor make them) under the default
        # 256 MB: each thread's stack must be RLIMIT_STACK's size under every driver, not the fork template's.
        result = self.grade(PROBE, probe_code(
            "import threading",
            "gate = threading.Event()",
            "threads = [threading.Thread(target=gate.wait) for _ in range(8)]",
            "for thread in threads:",
            "    thread.start()",
            "gate.set()",
            "for thread in threads:",
            "    thread.join()",
            "return 'safe'"))
        self.assertEqual(result["status"], "pass", result)

    def test_one_huge_allocation_fails_cleanly(self):
        outcome, output = self.run_program(
            "try:\n    bytearray(1024 ** 3)\nexcept MemoryError:\n    print('MemoryError')\n", memory_mb=128)
        self.assertIn("MemoryError", output)
        self.assertEqual((outcome.exit_code, outcome.signal), (0, None))

    def test_fork_bomb_is_capped_and_leaves_nothing(self):
        token = f"forkbomb-{uuid.uuid4()}"
        code = ("import subprocess, sys\nchildren = []\n"
                "for _ in range(100):\n"
                "    try:\n"
                f"        children.append(subprocess.Popen(['/usr/bin/python3', '-c', 'import time; time.sleep(600)', "
                f"'{token}']))\n"
                "    except OSError as error:\n"
                "        print('refused after', len(children), error.errno)\n"
                "        break\n"
                "else:\n"
                "    print('started all')\n")
        outcome, output = self.run_program(code, processes=16)
        self.assertIn("refused after", output)
        started = int(output.split("refused after")[1].split()[0])
        self.assertLess(started, 16)
        if self.cgroup:
            self.assertTrue(outcome.process_limit, outcome)
        self.assertEqual(eventually_none(token), [])

    def test_threads_get_the_runs_stack_size(self):
        # Every thread's stack counts against the address-space cap. glibc sizes them from RLIMIT_STACK when a
        # process starts, and a fork-server run inherits its template's: unless the template starts with the runs'
        # 4 MB, threads get 8 MB each and asyncio.to_thread fails with "can't start new thread".
        code = probe_code("import ctypes", "libc = ctypes.CDLL(None)", "attr = ctypes.create_string_buffer(128)",
                          "libc.pthread_getattr_default_np(attr)", "size = ctypes.c_size_t()",
                          "libc.pthread_attr_getstacksize(attr, ctypes.byref(size))",
                          f"return 'safe' if size.value <= {sandbox.THREAD_STACK_BYTES} else size.value")
        result = self.grade(PROBE, code)
        self.assertEqual(result["status"], "pass", result["tests"])

    def test_daemons_die_with_the_run(self):
        token = f"daemon-{uuid.uuid4()}"
        code = ("import os, time\n"
                "if os.fork() == 0:\n"
                "    os.setsid()\n"
                "    if os.fork() == 0:\n"
                f"        os.execv('/usr/bin/python3', ['/usr/bin/python3', '-c', 'import time; time.sleep(600)', "
                f"'{token}'])\n"
                "    os._exit(0)\n"
                "time.sleep(0.5)\nprint('parent done')\n")
        outcome, output = self.run_program(code)
        self.assertIn("parent done", output)
        self.assertEqual(eventually_none(token), [])

    def test_a_busy_run_gets_at_most_one_core(self):
        if not (self.cgroup and self.launcher.tree.version == "v2" and "cpu" in self.launcher.tree.controllers):
            self.skipTest("cpu.max needs the cgroup v2 cpu controller")
        code = ("import os, time\n"
                "for _ in range(2):\n"
                "    if os.fork() == 0:\n"
                "        end = time.process_time() + 1.0\n"
                "        while time.process_time() < end:\n"
                "            pass\n"
                "        os._exit(0)\n"
                "os.wait(); os.wait()\n")
        outcome, _ = self.run_program(code)
        self.assertGreater(outcome.cpu_throttled, 0, outcome)

    def test_output_written_to_files_is_capped_and_the_root_is_read_only(self):
        outcome, output = self.run_program(
            "import errno\n"
            "for path in ('/tmp/flood', '/dev/shm/flood', '/usr/evil', '/dev/evil'):\n"
            "    try:\n"
            "        with open(path, 'wb') as f:\n"
            "            for _ in range(200):\n"
            "                f.write(b'x' * 1024 * 1024)\n"
            "        print(path, 'wrote 200 MB')\n"
            "    except OSError as error:\n"
            "        print(path, errno.errorcode[error.errno])\n")
        self.assertNotIn("wrote 200 MB", output)
        self.assertIn("/usr/evil EROFS", output)
        self.assertIn("/dev/evil EROFS", output)

    # -- the host is out of reach ----------------------------------------------------------------------------
    def test_host_facts_are_masked(self):
        _, output = self.run_program(
            "import os, socket\n"
            "for path in ('/proc/cmdline', '/proc/version', '/proc/sys/kernel/random/boot_id', '/proc/meminfo',\n"
            "             '/proc/stat', '/proc/loadavg'):\n"
            "    print(path, repr(open(path).read()))\n"
            "print('pressure', os.listdir('/proc/pressure') if os.path.isdir('/proc/pressure') else [])\n"
            "print('host', socket.gethostname())\n")
        for line in output.splitlines():
            if line.startswith("/proc/"):
                self.assertTrue(line.endswith("''"), line)
        self.assertIn("pressure []", output)
        self.assertIn("host sandbox", output)

    def test_no_network_and_only_three_socket_families(self):
        _, output = self.run_program(
            "import socket\n"
            "for host in ('10.0.0.1', '1.1.1.1'):\n"
            "    try:\n"
            "        socket.create_connection((host, 80), timeout=2).close()\n"
            "        print('connected', host)\n"
            "    except OSError as error:\n"
            "        print('refused', host)\n"
            "for family in (16, 17, 38, 40, 42, 4, 0):\n"
            "    try:\n"
            "        socket.socket(family, socket.SOCK_RAW if family == 17 else socket.SOCK_DGRAM).close()\n"
            "        print('opened', family)\n"
            "    except OSError as error:\n"
            "        print('family', family, error.errno)\n"
            "a, b = socket.socketpair(); a.send(b'ok'); print('pair', b.recv(2))\n")
        self.assertNotIn("connected", output)
        self.assertNotIn("opened", output)
        self.assertIn("pair b'ok'", output)

    def test_the_runs_pid_1_lends_it_nothing(self):
        # Pid 1 of the run's namespace may hold the run's own pipes (rootless bubblewrap's init does, readable by the
        # same uid), but nothing else: under the fork server it was forked from the template, whose stderr is the
        # checker's log.
        result = self.grade(PROBE, probe_code(
            "def targets(pid):",
            "    found = set()",
            "    try:",
            "        names = os.listdir(f'/proc/{pid}/fd')",
            "    except OSError:",
            "        return found",
            "    for name in names:",
            "        try:",
            "            found.add(os.readlink(f'/proc/{pid}/fd/{name}'))",
            "        except OSError:",
            "            pass",
            "    return found",
            "own = targets('self')",
            "foreign = sorted(t for t in targets(1) - own if not t.startswith('anon_inode:') and t != '/dev/null')",
            "return 'safe' if not foreign else foreign"))
        self.assertEqual(result["status"], "pass", result["tests"])

    def test_runs_as_an_unprivileged_uid_without_capabilities(self):
        _, output = self.run_program(
            "for line in open('/proc/self/status'):\n"
            "    if line.startswith(('Uid:', 'CapEff:', 'CapBnd:', 'NoNewPrivs:', 'Seccomp:')):\n"
            "        print(line.strip())\n")
        fields = dict(line.split(":", 1) for line in output.splitlines())
        uids = set(fields["Uid"].split())
        self.assertEqual(len(uids), 1)
        self.assertNotEqual(uids, {"0"})
        self.assertEqual(fields["CapEff"].strip(), "0000000000000000")
        self.assertEqual(fields["NoNewPrivs"].strip(), "1")
        self.assertEqual(fields["Seccomp"].strip(), "2")

    def test_concurrent_runs_never_share_a_uid_when_root(self):
        if os.geteuid() != 0:
            self.skipTest("per-slot uids need root")
        first = self.launcher.start([sandbox.PYTHON, "-c", "import time; time.sleep(30)"], {0: 0, 1: 1, 2: 2, 3: 2},
                                    sandbox.Limits())
        second = self.launcher.start([sandbox.PYTHON, "-c", "import time; time.sleep(30)"], {0: 0, 1: 1, 2: 2, 3: 2},
                                     sandbox.Limits())
        try:
            self.assertNotEqual(first.uid, second.uid)
        finally:
            first.close()
            second.close()

    # -- verdicts ----------------------------------------------------------------------------------------------
    def test_an_endless_loop_is_a_time_limit_verdict(self):
        result = self.grade(PROBE, probe_code("while True:", "    pass"), wall_seconds=3)
        self.assertEqual(result["tests"][0]["status"], "error")
        self.assertIn("more than 3 s", result["tests"][0]["message"])

    def test_killing_its_parent_and_everything_leaves_the_checker_standing(self):
        result = self.grade(PROBE, probe_code("import signal", "os.kill(os.getppid(), signal.SIGKILL)",
                                              "os.kill(-1, signal.SIGKILL)", "return 'safe'"))
        self.assertNotEqual(result["status"], "pass")

    def test_tamper_cases_never_beat_an_empty_answer(self):
        with open(os.path.join(FIXTURES, "tamper-cases.json")) as handle:
            cases = json.load(handle)
        for name, code in cases.items():
            with self.subTest(name):
                result = self.grade(COUNTDOWN, code)
                self.assertNotEqual(result["status"], "pass")
                self.assertEqual(result["score"], 0)
                self.assertFalse(any(test["status"] == "pass" for test in result["tests"]))

    def test_a_sandbox_that_cannot_start_is_the_graders_problem(self):
        # A launcher whose staged runtime has vanished (as when a temp-folder cleaner removes it): the sandbox
        # cannot be built, before any learner code is loaded.
        broken, _ = sandbox.choose_launcher()
        try:
            shutil.rmtree(os.path.join(broken.stage.path, "grader"))
            with self.assertRaises(checker.SandboxStartFailed) as raised:
                checker.grade(tests_of(COUNTDOWN), "def countdown(n):\n    yield n\n", sandbox.Limits(), 10, broken)
        finally:
            broken.close()
        self.assertNotIn("Your code", str(raised.exception))


class InstalledAnywhere(unittest.TestCase):
    def test_grades_from_a_private_0700_folder(self):
        """A checkout inside a folder only its owner can enter (mktemp -d, an Ubuntu home) still grades."""
        with tempfile.TemporaryDirectory() as private:
            os.chmod(private, 0o700)
            copy = os.path.join(private, "app")
            shutil.copytree(os.path.join(REPO, "grader"), os.path.join(copy, "grader"),
                            ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copytree(COUNTDOWN, os.path.join(copy, "countdown"))
            os.chmod(os.path.join(copy, "countdown"), 0o700)
            job = {"id": 1, "kind": "grade", "tests": tests_of(os.path.join(copy, "countdown")), "max_score": 10,
                   "code": "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n",
                   "limits": {"wall_seconds": WALL}}
            env = {"PATH": "/usr/bin:/bin", **{k: v for k, v in os.environ.items() if k.startswith("GRADER_")}}
            done = subprocess.run([sys.executable, "-E", "-s", "-m", "grader.checker_server"], cwd=copy, env=env,
                                  input=json.dumps(job) + "\n", capture_output=True, text=True, timeout=300)
            lines = done.stdout.splitlines()
            self.assertTrue(json.loads(lines[0])["ready"], done.stdout + done.stderr)
            answer = json.loads(lines[1])
            self.assertEqual(answer.get("result", {}).get("status"), "pass", answer)


if __name__ == "__main__":
    unittest.main()
