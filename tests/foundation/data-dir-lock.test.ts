import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "@/server/db/data-dir-lock";

/** Holds the lock in another process until killed, like a running `npm start`. */
async function holdLockInChild(dir: string) {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "-e",
      `import("./src/server/db/data-dir-lock.ts").then((m) => { m.acquireDataDirLock(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000); });`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe("the embedded data directory lock", () => {
  it("refuses a second opener while the first is alive and takes over once it was killed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
    const holder = await holdLockInChild(dir);
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(/already open in process/);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGKILL");
      await exited;
    }
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, "app.lock"), "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, "app.lock"))).toBe(false);
  });
});
