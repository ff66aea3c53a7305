import "server-only";
import fs from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {}

/**
 * Takes the exclusive lock on an embedded data directory. PGlite has no lock of its own and a second process
 * opening the same directory silently corrupts it, so every opener goes through here. The lock is a file created
 * with O_EXCL that holds the owner's pid; a lock whose owner is gone (killed) is taken over.
 */
export function acquireDataDirLock(dataDir: string): { release(): void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "app.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The embedded database in ${dataDir} is already open in process ${owner}. ` +
            "Only one process may open it (a second one would corrupt it): stop that process first, " +
            "or point DATABASE_URL at a PostgreSQL server to run several.",
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner was killed
    }
  }
  throw new DataDirLockedError(`Could not take the lock on ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
