import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export class DataDirLockedError extends Error {}

/** A held data-directory lock. */
export interface DataDirLock {
  /** Frees the lock at once (it is also freed, by the kernel, whenever this process ends). */
  release(): Promise<void>;
}

// Who holds the lock, for the refusal message only: the lock itself is the socket, never this file.
const HOLDER_FILE = "app.lock";

/**
 * Takes the exclusive lock on an embedded data directory. PGlite has no lock of its own and a second process
 * opening the same directory silently corrupts it, so every opener goes through here.
 *
 * The lock is a Unix socket bound to a name derived from the directory's real path: in Linux's abstract namespace,
 * which the kernel frees the moment the holder's last file descriptor closes, so a holder killed with SIGKILL (even
 * one left an unreaped zombie) frees it at once, and nothing on disk can go stale. A pid file could not tell a
 * dead holder's zombie, or an unrelated process that reused its pid, from a live holder. `app.lock` names the
 * holder's pid for the message; it is information, never the lock.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const address = lockAddress(fs.realpathSync(dataDir));
  const server = net.createServer((connection) => connection.destroy());
  try {
    await listenExclusively(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    const holder = readHolder(dataDir);
    throw new DataDirLockedError(
      `The embedded database in ${dataDir} is already open in ${holder ? `process ${holder}` : "another process"}. ` +
        "Only one process may open it (a second one would corrupt it): stop that process first, " +
        "or point DATABASE_URL at a PostgreSQL server to run several.",
    );
  }
  // The lock must never keep the process alive on its own.
  server.unref();
  const holderFile = path.join(dataDir, HOLDER_FILE);
  fs.writeFileSync(holderFile, `${process.pid}\n`);
  const forgetHolder = () => {
    try {
      if (fs.readFileSync(holderFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(holderFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", forgetHolder);
  let released: Promise<void> | null = null;
  return {
    release: () => {
      released ??= new Promise<void>((resolve) => {
        process.off("exit", forgetHolder);
        forgetHolder();
        server.close(() => resolve());
      });
      return released;
    },
  };
}

/**
 * Linux: an abstract socket name ("\0..."), which exists only while a process holds it. Elsewhere (development on
 * another Unix) a socket file in the temp folder, removed when it is found with no one listening.
 */
function lockAddress(realDataDir: string): string {
  const hash = crypto.createHash("sha256").update(realDataDir).digest("hex").slice(0, 32);
  return process.platform === "linux" ? `\0pygrade-lock-${hash}` : path.join(os.tmpdir(), `pygrade-lock-${hash}.sock`);
}

async function listenExclusively(server: net.Server, address: string): Promise<void> {
  try {
    await listen(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || address.startsWith("\0")) throw error;
    // A socket file outlives its holder: take it over only if no one answers on it.
    if (await someoneListens(address)) throw error;
    fs.rmSync(address, { force: true });
    await listen(server, address);
  }
}

function listen(server: net.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen({ path: address, exclusive: true }, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function someoneListens(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ path: address });
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

function readHolder(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, HOLDER_FILE), "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
