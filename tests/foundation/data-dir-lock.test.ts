import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "@/server/db/data-dir-lock";

// Node code that takes the lock, says so with its pid, and holds it until killed, like a running `npm start`.
const holderScript = (dir: string) =>
  `import("./src/server/db/data-dir-lock.ts").then(async (m) => { await m.acquireDataDirLock(${JSON.stringify(dir)}); ` +
  `console.log("locked " + process.pid); setInterval(() => {}, 1000); });`;
const nodeArgs = (dir: string) => ["--conditions=react-server", "--import", "tsx", "-e", holderScript(dir)];

const started: ChildProcess[] = [];
afterEach(async () => {
  for (const child of started.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
});

function spawnTracked(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
  started.push(child);
  return child;
}

/** Resolves with the pid the holder printed once it has the lock. */
function lockedPid(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = /locked (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}: ${output}`)));
  });
}

/** The process state letter from /proc (R, S, Z...), or null once the process is gone. */
function liveThreads(pid: number): number {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).length;
  } catch {
    return 0;
  }
}

function processState(pid: number): string | null {
  try {
    return /\) (\S)/.exec(fs.readFileSync(`/proc/${pid}/stat`, "utf8"))![1];
  } catch {
    return null;
  }
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
const acquire = (dir: string) => Promise.resolve().then(() => acquireDataDirLock(dir));

describe("the embedded data directory lock", () => {
  it("refuses a second opener while the first is alive, naming it, and is free once the holder is killed", async () => {
    const dir = tempDir();
    const holder = spawnTracked(process.execPath, nodeArgs(dir));
    const pid = await lockedPid(holder);
    await expect(acquire(dir)).rejects.toThrow(DataDirLockedError);
    await expect(acquire(dir)).rejects.toThrow(new RegExp(`already open in process ${pid}\\b`));
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    holder.kill("SIGKILL");
    await exited;
    const lock = await acquire(dir);
    expect(fs.readFileSync(path.join(dir, "app.lock"), "utf8").trim()).toBe(String(process.pid));
    await lock.release();
    expect(fs.existsSync(path.join(dir, "app.lock"))).toBe(false);
    // Released means free: another process takes it at once.
    const next = spawnTracked(process.execPath, nodeArgs(dir));
    await lockedPid(next);
  });

  it("is free at once after its holder's process group is killed with SIGKILL, though the holder is still a zombie", async () => {
    const dir = tempDir();
    // The holder runs in its own session and process group (setsid), as the child of a shell that then becomes
    // `sleep` and never reaps it: a killed holder stays an unreaped zombie, as under a supervisor that is slow to
    // wait(). Node's own child handling never sees it.
    const parent = spawnTracked("/bin/sh", ["-c", `setsid "$0" "$@" & exec sleep 120`, process.execPath, ...nodeArgs(dir)]);
    const pid = await lockedPid(parent);
    expect(processState(pid)).not.toBeNull();
    process.kill(-pid, "SIGKILL");
    // A multi-threaded process's leader shows Z while its other threads still exit (and still hold its files):
    // it is dead once it is a zombie with no thread left but the leader.
    const dead = () => processState(pid) === "Z" && liveThreads(pid) <= 1;
    for (let waited = 0; !dead() && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(processState(pid), "the killed holder is left a zombie").toBe("Z");
    expect(liveThreads(pid)).toBeLessThanOrEqual(1);

    const lock = await acquire(dir);
    await lock.release();
  });

  it("is not blocked by a leftover pid file whose pid now belongs to another live process", async () => {
    const dir = tempDir();
    // A container restart reuses pids: the file names a process that is alive but has nothing to do with the lock.
    const unrelated = spawnTracked("sleep", ["120"]);
    fs.writeFileSync(path.join(dir, "app.lock"), `${unrelated.pid}\n`);
    const lock = await acquire(dir);
    expect(fs.readFileSync(path.join(dir, "app.lock"), "utf8").trim()).toBe(String(process.pid));
    await lock.release();
  });
});
