// Hostile submissions against the real sandbox: each must end as a clear failure within the limits, leave nothing
// running, and reach nothing on the host. The probe fixture's test expects probe() to return "safe", so every
// attack fails it and the message shows what the attack saw.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";

import { afterAll, describe, expect, it } from "vitest";

import { gradeExercise, shutdownGrader } from "@/server/grading/grade-exercise";
import type { GradeResult } from "@/lib/grade-result-schema";

import { fixtureExercise } from "./grader-fixtures";

afterAll(() => shutdownGrader());

const probe = fixtureExercise("probe");

function probeCode(...body: string[]): string {
  return ["import os, sys, time", "def probe():", ...body.map((line) => `    ${line}`)].join("\n") + "\n";
}

async function grade(code: string): Promise<GradeResult> {
  return gradeExercise({ exerciseDir: probe, code });
}

function onlyTest(result: GradeResult) {
  expect(result.tests).toHaveLength(1);
  return result.tests[0];
}

/** Cleanup runs right after the verdict is reported, so give it a moment before calling anything a survivor. */
async function eventually<T>(probe: () => T, done: (value: T) => boolean, seconds = 3): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let value = probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = probe();
  }
  return value;
}

function processesMentioning(token: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(token)) found.push(pid);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

describe("runaway code is stopped by the limits", () => {
  it("an infinite loop is stopped at the wall limit (5 s for this exercise)", async () => {
    const started = Date.now();
    const result = await grade(probeCode("while True:", "    pass"));
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(result.status).toBe("fail");
    expect(onlyTest(result).status).toBe("error");
    expect(onlyTest(result).message).toMatch(/more than 5 s/);
  });

  it("sleeping forever is stopped at the wall limit", async () => {
    const result = await grade(probeCode("time.sleep(10_000)"));
    expect(onlyTest(result).message).toMatch(/more than 5 s/);
  });

  it("a fork bomb hits the process limit and leaves no process behind", async () => {
    const token = `forkbomb-${randomUUID()}`;
    const result = await grade(
      probeCode(
        "import subprocess",
        "children = []",
        "for _ in range(200):",
        "    try:",
        `        children.append(subprocess.Popen(['/usr/bin/python3', '-c', 'import time; time.sleep(60)', '${token}']))`,
        "    except OSError as error:",
        "        return f'stopped after {len(children)}: {error}'",
        "return f'started {len(children)}'",
      ),
    );
    expect(onlyTest(result).message).toMatch(/stopped after \d+: .*Resource temporarily unavailable/);
    expect(await eventually(() => processesMentioning(token), (pids) => pids.length === 0)).toEqual([]);
  });

  it("a huge allocation fails with MemoryError", async () => {
    const result = await grade(probeCode("data = bytearray(10 * 1024 ** 3)", "return 'allocated'"));
    expect(onlyTest(result).message).toMatch(/MemoryError/);
  });

  it("growing memory step by step is stopped at the memory limit", async () => {
    // A generous wall limit: this test is about memory, and zero-filling 256 MB is slow on a busy machine.
    const result = await gradeExercise({
      exerciseDir: probe,
      code: probeCode("blocks = []", "while True:", "    blocks.append(bytearray(8 * 1024 * 1024))"),
      limits: { wall_seconds: 20 },
    });
    expect(onlyTest(result).status).toBe("error");
    expect(onlyTest(result).message).toMatch(/more than 256 MB|MemoryError/);
  });

  it("filling the disk stops at the size caps and the root is read-only", async () => {
    const result = await grade(
      probeCode(
        "seen = []",
        "for path in ('/tmp/flood', '/dev/shm/flood'):",
        "    try:",
        "        with open(path, 'wb') as f:",
        "            for _ in range(2000):",
        "                f.write(b'x' * 1024 * 1024)",
        "        seen.append('wrote 2 GB')",
        "    except OSError as error:",
        "        seen.append(f'{path}: {error.strerror}')",
        "try:",
        "    open('/usr/evil', 'w')",
        "except OSError as error:",
        "    seen.append(error.strerror)",
        "return ' | '.join(seen)",
      ),
    );
    const message = onlyTest(result).message ?? "";
    expect(message).not.toContain("wrote 2 GB");
    expect(message).toMatch(/Read-only file system/);
  });

  it("an output flood is cut off and the run stopped", async () => {
    const result = await grade(probeCode("while True:", "    print('x' * 10000)"));
    const test = onlyTest(result);
    expect(test.status).toBe("error");
    expect(test.message).toMatch(/printed more than 1024 KB/);
    expect(test.output?.length ?? 0).toBeLessThan(20 * 1024);
    expect(test.output).toMatch(/output truncated/);
  });

  it("printing straight to file descriptor 1 is captured like print", async () => {
    const result = await grade(probeCode("os.write(1, b'raw bytes\\n')", "os.write(2, b'to stderr\\n')", "return 'safe'"));
    expect(result.status).toBe("pass");
    expect(onlyTest(result).output).toBe("raw bytes\nto stderr\n");
  });
});

describe("the host is out of reach", () => {
  it("cannot connect to a service on the host's loopback", async () => {
    let connections = 0;
    const server = net.createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await grade(
        probeCode(
          "import socket",
          "outcomes = []",
          `for host in ('127.0.0.1', '10.0.0.1', '1.1.1.1'):`,
          "    try:",
          `        socket.create_connection((host, ${port}), timeout=2).close()`,
          "        outcomes.append('connected')",
          "    except OSError as error:",
          "        outcomes.append(type(error).__name__)",
          "for family in (16, 17, 40):",
          "    try:",
          "        socket.socket(family, socket.SOCK_RAW if family != 40 else socket.SOCK_STREAM)",
          "        outcomes.append(f'opened {family}')",
          "    except OSError as error:",
          "        outcomes.append(f'{family} refused')",
          "return ' '.join(outcomes)",
        ),
      );
      const message = onlyTest(result).message ?? "";
      expect(message).not.toContain("connected");
      expect(message).not.toContain("opened");
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });

  it("sees no secret from the server's environment and no host files", async () => {
    // eslint-disable-next-line no-restricted-properties -- a secret in the app's environment the sandbox must not see
    process.env.GRADER_ATTACK_TEST_SECRET = "hunter2-environment-secret";
    try {
      const result = await grade(
        probeCode(
          "found = [repr(dict(os.environ))]",
          "for path in ('/etc/shadow', '/etc/passwd', '/root/.bashrc', '/proc/1/environ', '/proc/1/root/etc/hostname'):",
          "    try:",
          "        found.append(path + ': ' + open(path).read()[:100])",
          "    except OSError as error:",
          "        found.append(path + ': ' + type(error).__name__)",
          "found.append(' '.join(sorted(os.listdir('/'))))",
          "return '\\n'.join(found)",
        ),
      );
      const message = onlyTest(result).message ?? "";
      expect(message).not.toContain("hunter2");
      expect(message).toMatch(/\/etc\/shadow: FileNotFoundError/);
      expect(message).toMatch(/\/etc\/passwd: FileNotFoundError/);
      expect(message).toContain("'PATH': '/usr/bin'");
    } finally {
      // eslint-disable-next-line no-restricted-properties -- removes the secret set above
      delete process.env.GRADER_ATTACK_TEST_SECRET;
    }
  });

  it("a symlink in /tmp leads nowhere outside the sandbox", async () => {
    const result = await grade(
      probeCode(
        "os.symlink('/proc/1/root/etc/hostname', '/tmp/host')",
        "os.symlink('/etc', '/tmp/etc')",
        "found = []",
        "for path in ('/tmp/host', '/tmp/etc/hostname'):",
        "    try:",
        "        found.append(open(path).read())",
        "    except OSError as error:",
        "        found.append(type(error).__name__)",
        "return found",
      ),
    );
    const hostname = readFileSync("/etc/hostname", "utf8").trim();
    const message = onlyTest(result).message ?? "";
    expect(message).not.toContain(hostname);
    expect(message).toMatch(/Error/);
  });

  it("runs as an unprivileged user with no capabilities and no new privileges", async () => {
    const result = await grade(
      probeCode("status = open('/proc/self/status').read()", "return [l for l in status.splitlines() if l.startswith(('Uid', 'CapEff', 'NoNewPrivs', 'Seccomp:'))]"),
    );
    const message = onlyTest(result).message ?? "";
    expect(message).toContain(String.raw`CapEff:\t0000000000000000`);
    expect(message).toContain(String.raw`NoNewPrivs:\t1`);
    expect(message).toContain(String.raw`Seccomp:\t2`);
    // Real, effective, saved and filesystem uid all one unprivileged uid: a grading slot's own when the grader
    // runs as root (so no two runs share one), else the service's own.
    const uid = Number(/Uid:\\t(\d+)\\t\1\\t\1\\t\1/.exec(message)?.[1]);
    expect(uid).toBeGreaterThan(0);
    if (process.getuid?.() === 0) expect(uid).toBeGreaterThanOrEqual(2_000_000_000);
  });
});

describe("nothing survives the run", () => {
  it("a daemonised background process is killed with the run", async () => {
    const token = `survivor-${randomUUID()}`;
    const result = await grade(
      probeCode(
        "import subprocess",
        `subprocess.Popen(['/usr/bin/python3', '-c', 'import os, time\\nif os.fork(): os._exit(0)\\nos.setsid()\\ntime.sleep(120)', '${token}'], start_new_session=True)`,
        "time.sleep(0.5)",
        "return 'spawned'",
      ),
    );
    expect(onlyTest(result).message).toMatch(/spawned/);
    expect(await eventually(() => processesMentioning(token), (pids) => pids.length === 0)).toEqual([]);
  });

  it("leaves no cgroup behind", async () => {
    await grade(probeCode("return 'safe'"));
    const own = readFileSync("/proc/self/cgroup", "utf8").match(/:pids:(.*)/)?.[1] ?? "/";
    const dir = `/sys/fs/cgroup/pids${own === "/" ? "" : own}`;
    // Live cgroups belong to prewarmed or running sandboxes; an empty one would be a leak. A run's cgroup is empty
    // for a moment while its sandbox starts, and other test files grade at the same time: count an empty one as
    // a leak when its creator (the pid in its name) is gone, or is one of this file's own grader processes.
    const ours = (pid: number) => {
      for (let current = pid, hops = 0; current > 1 && hops < 10; hops++) {
        if (current === process.pid) return true;
        const status = readFileSync(`/proc/${current}/status`, "utf8");
        current = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      }
      return false;
    };
    const leaked = (pid: number) => {
      try {
        return ours(pid);
      } catch {
        return true; // the creator is gone
      }
    };
    const emptyRunCgroups = () =>
      existsSync(dir)
        ? readdirSync(dir).filter((name) => {
            const creator = /^grader-(\d+)-\d+$/.exec(name)?.[1];
            if (!creator) return false;
            try {
              return readFileSync(`${dir}/${name}/cgroup.procs`, "utf8").trim() === "" && leaked(Number(creator));
            } catch {
              return false;
            }
          })
        : [];
    expect(await eventually(emptyRunCgroups, (names) => names.length === 0)).toEqual([]);
  });

  it("signals and crashes end the run with a message, and the grader keeps working", async () => {
    const killed = await grade(probeCode("import signal", "os.kill(os.getppid(), signal.SIGKILL)", "os.kill(-1, signal.SIGKILL)"));
    expect(onlyTest(killed).status).toBe("error");
    const segfault = await grade(probeCode("import ctypes", "ctypes.string_at(0)"));
    expect(onlyTest(segfault).status).toBe("error");
    expect(onlyTest(segfault).message).toMatch(/crashed the Python interpreter \(SIGSEGV\)/);
    const honest = await grade(probeCode("return 'safe'"));
    expect(honest.status).toBe("pass");
  });
});

describe("huge or strange return values", () => {
  it.each([
    ["a 50 MB string", "return 'x' * (50 * 1024 * 1024)", /too large/],
    ["a deeply nested list", "value = []\nfor _ in range(100_000):\n    value = [value]\nreturn value", /nested too deeply|too large|cannot be checked/],
    ["an integer with 100 000 digits", "return 10 ** 100_000", /cannot be checked|digits/],
  ])("%s fails cleanly", async (_name, body, message) => {
    const result = await grade(probeCode(...body.split("\n")));
    expect(result.status).toBe("fail");
    expect(onlyTest(result).status).not.toBe("pass");
    expect(onlyTest(result).message).toMatch(message);
  });
});
